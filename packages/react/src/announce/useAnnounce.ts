import { useContext } from 'react';
import { announceWithoutProvider, type AnnounceFn } from './announcer.js';
import { AnnounceContext } from './context.js';

/**
 * Returns `announce(message, politeness?)`, which makes screen readers read `message` without
 * moving focus: status changes such as "Laddar…", "3 träffar", "17 tecken för mycket".
 * `polite` (default) waits until the reader is idle; use `assertive` only for urgent errors.
 * Call it from event handlers and effects, never while rendering.
 *
 * Every component uses this one mechanism: the live regions belong to the outermost
 * `GbgProvider` (or are created in `document.body` when there is none).
 */
export function useAnnounce(): AnnounceFn {
  return useContext(AnnounceContext) ?? announceWithoutProvider;
}
