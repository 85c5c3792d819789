/** `Omit` that keeps a union a union (plain `Omit` merges its members, losing discriminants). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
