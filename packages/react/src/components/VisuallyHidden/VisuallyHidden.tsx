import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import { visuallyHiddenFocusable } from './VisuallyHidden.css.js';

/** Elements VisuallyHidden may render as. Inline by default so it can sit inside any text. */
export type VisuallyHiddenElement = 'span' | 'div' | 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'label' | 'legend';

export interface VisuallyHiddenProps extends ComponentPropsWithoutRef<'span'> {
  /**
   * The element to render. Use a heading element to give a section a name that only screen
   * readers need; keep `span` inside running text.
   * @default 'span'
   * @sv Elementet som renderas. Använd ett rubrikelement för att ge ett avsnitt ett namn som bara
   * skärmläsare behöver; behåll `span` inne i löpande text.
   */
  as?: VisuallyHiddenElement;
  /**
   * Show the content while something inside it has keyboard focus. Use it for links and buttons
   * that are hidden until reached with the keyboard — never hide a focusable element without it.
   * @default false
   * @sv Visa innehållet när något inuti har tangentbordsfokus. För länkar och knappar som är dolda
   * tills man når dem med tangentbordet — dölj aldrig ett fokuserbart element utan den.
   */
  focusable?: boolean;
}

/**
 * Text for screen readers only: it stays in the accessibility tree but takes no space on
 * screen. Use it to complete a visible label ("Läs mer <om avgifter>"), never to hide content
 * everybody needs.
 */
export const VisuallyHidden = forwardRef<HTMLElement, VisuallyHiddenProps>(function VisuallyHidden(
  { as = 'span', focusable = false, className, ...rest },
  ref,
) {
  const Element = as as ElementType;
  return (
    <Element
      ref={ref}
      className={cx(focusable ? visuallyHiddenFocusable : visuallyHidden, className)}
      {...rest}
    />
  );
});
VisuallyHidden.displayName = 'VisuallyHidden';
