import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  /** The first value while uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * The one controlled/uncontrolled state of the library: `value` wins while it is defined,
 * otherwise the component keeps its own state starting at `defaultValue`. `setValue` always
 * reports through `onChange`; it accepts a function of the current value too.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: UseControllableStateOptions<T>): [T, (next: T | ((current: T) => T)) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // Read the latest value and callback in setValue without re-creating it on every render.
  const latest = useRef<[current: T, controlled: boolean, onChange: typeof onChange]>(null!);
  latest.current = [current, controlled, onChange];

  const setValue = useCallback((next: T | ((current: T) => T)) => {
    const [latestValue, isControlled, latestOnChange] = latest.current;
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(latestValue) : next;
    if (!isControlled) setOwn(resolved);
    latestOnChange?.(resolved);
  }, []);

  return [current, setValue];
}
