import { forwardRef, useImperativeHandle, useRef } from 'react';
import { visuallyHidden } from '../theme/visuallyHidden.css.js';
import { regionAttributes, type AnnouncePoliteness } from './announcer.js';

/** Handle the provider uses to find its regions. */
export interface LiveRegionsHandle {
  region(politeness: AnnouncePoliteness): HTMLElement | null;
}

/**
 * The provider's live region pair. Rendered empty on the server and on the client alike (no
 * hydration difference); the announcer writes into them directly, so an announcement does not
 * re-render anything. React never sets their children, so it never overwrites a message.
 */
export const LiveRegions = forwardRef<LiveRegionsHandle>(function LiveRegions(_props, ref) {
  const polite = useRef<HTMLSpanElement>(null);
  const assertive = useRef<HTMLSpanElement>(null);
  useImperativeHandle(ref, () => ({
    region: (politeness) => (politeness === 'assertive' ? assertive.current : polite.current),
  }));
  // <span>s: the provider may be rendered as a <span>, where a <div> would be invalid.
  return (
    <>
      <span ref={polite} className={visuallyHidden} {...regionAttributes('polite')} />
      <span ref={assertive} className={visuallyHidden} {...regionAttributes('assertive')} />
    </>
  );
});
