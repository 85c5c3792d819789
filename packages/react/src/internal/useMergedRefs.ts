import { useCallback, type Ref, type RefCallback } from 'react';

/** Sets one ref, whichever kind it is. */
function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * One callback ref that sets every ref given (a forwarded ref, an own `useRef`, …). The only
 * ref-merging in the library; stable as long as the refs are.
 */
export function useMergedRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return useCallback((node: T | null) => {
    for (const ref of refs) assignRef(ref, node);
  }, refs);
}
