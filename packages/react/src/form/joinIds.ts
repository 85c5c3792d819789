// Its own module, apart from the hook: a Server Component may call it, and importing it must not
// evaluate the field-group context (createContext is not in React's server build).
/** Joins id lists for `aria-describedby`, dropping empty parts; `undefined` when nothing is left. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ').trim();
  return joined === '' ? undefined : joined;
}
