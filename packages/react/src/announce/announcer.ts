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

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Builds an announce function that writes into the regions `lookup` returns. */
export function createAnnouncer(lookup: RegionLookup): AnnounceFn {
  return (message, politeness = 'polite') => {
    if (typeof document === 'undefined' || typeof message !== 'string' || message.trim() === '') return;
    const region = lookup(politeness === 'assertive' ? 'assertive' : 'polite');
    if (!region) return;
    const pending = timers.get(region);
    if (pending !== undefined) clearTimeout(pending);
    region.textContent = '';
    timers.set(
      region,
      setTimeout(() => {
        timers.delete(region);
        region.textContent = message;
      }, ANNOUNCE_DELAY_MS),
    );
  };
}

/** Attributes of each region, shared by the provider's markup and the on-demand regions. */
export function regionAttributes(politeness: AnnouncePoliteness) {
  return politeness === 'assertive'
    ? ({ 'aria-live': 'assertive', 'aria-atomic': 'true', [REGION_ATTRIBUTE]: 'assertive' } as const)
    : ({ role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', [REGION_ATTRIBUTE]: 'polite' } as const);
}

// Inline styles (set through the DOM, so a strict CSP allows them): the on-demand regions must be
// hidden even on a page that has not loaded our stylesheet.
const HIDDEN_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: '0',
};

/** The on-demand region in `document.body` (created the first time it is needed). */
export function bodyRegion(politeness: AnnouncePoliteness): HTMLElement | null {
  if (typeof document === 'undefined' || !document.body) return null;
  const existing = document.body.querySelector<HTMLElement>(`:scope > [${REGION_ATTRIBUTE}="${politeness}"]`);
  if (existing) return existing;
  const region = document.createElement('div');
  for (const [name, value] of Object.entries(regionAttributes(politeness))) region.setAttribute(name, value);
  Object.assign(region.style, HIDDEN_STYLE);
  document.body.appendChild(region);
  return region;
}

/** The announcer used when no GbgProvider is present: regions created on demand in `body`. */
export const announceWithoutProvider: AnnounceFn = createAnnouncer(bodyRegion);
