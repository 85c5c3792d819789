/** Joins class names, skipping falsy parts: `cx('a', cond && 'b', undefined)` -> `'a b'`. */
export function cx(...parts: Array<string | false | null | undefined>): string | undefined {
  const joined = parts.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
