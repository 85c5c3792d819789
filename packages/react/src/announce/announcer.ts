// The one announcement mechanism: a pair of live regions (polite, assertive) that components ask
// to speak. GbgProvider renders the pair in its markup (so it exists before the first message,
// which some screen readers need); without a provider the pair is created in document.body the
// first time something is announced. Nothing here runs during server rendering.

/** How urgently a message interrupts: `polite` waits for a pause, `assertive` interrupts. */
export type AnnouncePoliteness = 'polite' | 'assertive';

/** Speaks `message` through the live region. Empty messages are ignored. */
export type AnnounceFn = (message: string, politeness?: AnnouncePoliteness) => void;

/** Marks the regions so a second copy of the library on the page reuses them. */
export const REGION_ATTRIBUTE = 'data-gbg-announcer';

/**
 * Screen readers read a live region when its text changes. Clearing it first and writing the
 * message a moment later makes a repeated message ("Laddar…" twice) be read again, and gives a
 * region that was just inserted time to be registered.
 */
export const ANNOUNCE_DELAY_MS = 50;

type RegionLookup = (politeness: AnnouncePoliteness) => HTMLElement | null | undefined;

// Regions that win over the provider's while they exist (Dialog routes messages into the top
// modal dialog). Registered by the component that needs it, so Button and every other
// announcing component do not carry the modal lookup in their bundles.
let scopedRegion: RegionLookup | undefined;

/** Lets a component route announcements to its own regions while they apply (returning null otherwise). */
export function setScopedRegion(lookup: RegionLookup): void {
  scopedRegion = lookup;
}

/** Builds an announce function that writes into the regions `lookup` returns. */
export function createAnnouncer(lookup: RegionLookup): AnnounceFn {
  return (message, politeness) => {
    if (typeof document === 'undefined' || typeof message !== 'string' || !message.trim()) return;
    const level = politeness === 'assertive' ? politeness : 'polite';
    const region = (scopedRegion?.(level) ?? lookup(level)) as
      | (HTMLElement & { _gbgTimer?: ReturnType<typeof setTimeout> })
      | null
      | undefined;
    if (!region) return;
    clearTimeout(region._gbgTimer);
    region.textContent = '';
    region._gbgTimer = setTimeout(() => {
      region.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  };
}

/** Attributes of each region, shared by the provider's markup and the on-demand regions. */
export function regionAttributes(politeness: AnnouncePoliteness): Record<string, string> {
  return {
    // `status` is polite by definition; the assertive region has no role (`alert` would make
    // some readers say "alert" before every message).
    ...(politeness === 'polite' && { role: 'status' }),
    'aria-live': politeness,
    'aria-atomic': 'true',
    [REGION_ATTRIBUTE]: politeness,
  };
}

/** An on-demand region as a child of `parent`, created the first time it is needed. */
function ownRegion(parent: Element, selector: string, politeness: AnnouncePoliteness): HTMLElement {
  let region = parent.querySelector<HTMLElement>(selector);
  if (!region) {
    region = parent.appendChild(document.createElement('div'));
    for (const [name, value] of Object.entries(regionAttributes(politeness))) region.setAttribute(name, value);
    // Set through the DOM (a strict CSP allows that): hidden even on a page without our CSS.
    region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  }
  return region;
}

/** The on-demand region in `document.body` (created the first time it is needed). */
export function bodyRegion(politeness: AnnouncePoliteness): HTMLElement | null {
  // Only called by an announcer, which has checked that there is a document.
  return document.body && ownRegion(document.body, `[${REGION_ATTRIBUTE}=${politeness}]`, politeness);
}

/**
 * A modal dialog (showModal) makes the rest of the page inert, and screen readers do not read
 * live regions in inert content. While one is open, messages go to a region inside the top
 * modal dialog instead (created there on first use). Engines without `:modal` have no inert page.
 * Dialog registers it with `setScopedRegion` when it first opens as a modal.
 */
export function modalRegion(politeness: AnnouncePoliteness): HTMLElement | null {
  let open: NodeListOf<Element>;
  try {
    open = document.querySelectorAll('dialog:modal');
  } catch {
    return null;
  }
  const top = open[open.length - 1];
  return top ? ownRegion(top, `:scope > [${REGION_ATTRIBUTE}=${politeness}]`, politeness) : null;
}

/** The announcer used when no GbgProvider is present: regions created on demand in `body`. */
export const announceWithoutProvider: AnnounceFn = createAnnouncer(bodyRegion);
