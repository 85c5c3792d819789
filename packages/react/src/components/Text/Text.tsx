import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { cx } from '../../internal/cx.js';
import { text } from './Text.css.js';

/** `lead` is the ingress (ingress), the short introduction under a page's main heading. */
export type TextVariant = 'body' | 'lead' | 'small';

/** Elements Text may render as. */
export type TextElement = 'p' | 'span' | 'div' | 'strong' | 'em' | 'small' | 'figcaption' | 'blockquote' | 'address';

export interface TextProps extends ComponentPropsWithoutRef<'p'> {
  /**
   * `body` for running text; `lead` for the ingress — one short paragraph right under the
   * page's `h1`; `small` for secondary information (dates, captions), never for whole paragraphs.
   * @default 'body'
   * @sv `body` för löpande text; `lead` för ingressen — ett kort stycke direkt under sidans `h1`;
   * `small` för kompletterande uppgifter (datum, bildtexter), aldrig för hela stycken.
   */
  variant?: TextVariant;
  /**
   * The element: `p` for paragraphs, `span` inside other text, `div` for a wrapper.
   * @default 'p'
   * @sv Elementet: `p` för stycken, `span` inne i annan text, `div` som omslag.
   */
  as?: TextElement;
  /**
   * Limit the line length to about 70 characters, which is easier to read. Use for long text.
   * @default false
   * @sv Begränsa radlängden till omkring 70 tecken, som är lättare att läsa. Använd för långa
   * texter.
   */
  measure?: boolean;
}

/** Running text in the brand type scale; always black or white. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(
  { variant = 'body', as = 'p', measure = false, className, ...rest },
  ref,
) {
  const Element = as as ElementType;
  return <Element ref={ref} className={cx(text, className)}
      data-variant={variant}
      data-measure={measure ? '' : undefined} {...rest} />;
});
Text.displayName = 'Text';
