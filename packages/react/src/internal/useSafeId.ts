import { useId } from 'react';

/**
 * Cleans an id so it works in `#id` links and CSS selectors: React's generated ids contain
 * ':' or '«»'. The only place ids are cleaned.
 */
export function toSafeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

/**
 * An id safe for `id`, `for`, `aria-*` and `href="#…"`: the caller's id when given (used as is:
 * the consumer chose it), otherwise one from React's `useId` (stable between server and client),
 * cleaned and prefixed (`gbg-field-R1a`).
 */
export function useSafeId(idFromProps?: string, prefix = 'gbg'): string {
  const generated = useId();
  return idFromProps || `${prefix}-${toSafeId(generated)}`;
}
