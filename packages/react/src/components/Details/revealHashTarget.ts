import { useEffect } from 'react';

// One listener for the whole page however many sections are mounted: the first mounted Details
// adds it, the last one to unmount removes it.
let users = 0;

function targetId(hash: string): string {
  if (hash.length < 2) return '';
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    // A malformed escape ("#%E0") is not an id on this page; ignore it instead of throwing.
    return '';
  }
}

/**
 * Opens every closed `<details>` that holds the element the URL's fragment points at, then
 * scrolls it into view. Chromium does this natively on fragment navigation; other browsers
 * leave the target hidden in a closed section. Returns whether anything was opened.
 */
export function revealHashTarget(): boolean {
  const id = targetId(window.location.hash);
  if (!id) return false;
  const target = document.getElementById(id);
  if (!target) return false;
  let opened = false;
  for (let section = target.closest('details'); section; section = section.parentElement?.closest('details') ?? null) {
    if (!section.open) {
      // Setting `open` fires the element's `toggle` event, through which each Details updates its state.
      section.open = true;
      opened = true;
    }
  }
  // Only when something opened: otherwise the browser has already scrolled to a visible target.
  // (Optional call: some embedded and test DOMs have no scrollIntoView; the section still opens.)
  if (opened) target.scrollIntoView?.({ block: 'start' });
  return opened;
}

/** On mount and on every `hashchange`: reveal the fragment's target if it is in a closed section. */
export function useRevealHashTarget(): void {
  useEffect(() => {
    revealHashTarget();
    if (users++ === 0) window.addEventListener('hashchange', revealHashTarget);
    return () => {
      if (--users === 0) window.removeEventListener('hashchange', revealHashTarget);
    };
  }, []);
}
