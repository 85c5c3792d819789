import type { StyleRule } from '@vanilla-extract/css';
import { vars } from './contract.css.js';
import { focusRing } from './focus.css.js';
import { mergeRules } from './mergeRules.js';

// The house underline: thin at rest, thicker and a little lower on hover, thickest while
// pressed. Offsets in em so the line keeps its distance from the text at every size.
const restOffset = '0.2em';
const hoverLine = { textDecorationThickness: vars.border.width.medium, textUnderlineOffset: '0.25em' };

export interface UnderlineOptions {
  /**
   * Selector of the element whose hover and press change the line, when that is not the
   * underlined element itself: Details' summary text reacts to its whole `<summary>`
   * (`summary`: the summary's class). Default: the element itself.
   */
  on?: string;
}

const state = (on: string | undefined, pseudo: string) => (on ? `${on}:${pseudo} &` : `&:${pseudo}`);

/**
 * The house link look per state as flat rules, for element styles that cannot nest selectors:
 * the opt-in base stylesheet gives a plain `<a>` in app content the same look as `Link`.
 * Components use `linkStyle`, which is built from the same pieces.
 */
export const plainLinkStates = {
  link: {
    color: vars.color.link.default,
    // One shorthand for line and thickness (the rest of the shorthand is the initial value).
    textDecoration: `underline ${vars.border.width.thin}`,
    textUnderlineOffset: restOffset,
    // Rounded corners for the focus ring.
    borderRadius: vars.radius.sm,
  },
  visited: { color: vars.color.link.visited },
  hover: { color: vars.color.link.hover, ...hoverLine },
  active: { textDecorationThickness: vars.border.width.thick },
  focusVisible: { ...focusRing, textDecorationThickness: vars.border.width.medium },
} as const;
const { link: plainLink } = plainLinkStates;

/**
 * The house underline for something pressable that is not a link but shows by its underline
 * that it can be pressed (Details' summary, Table's sort button). Links use `linkStyle`, which
 * includes it. Merge a component's own rule over it with `mergeRules`.
 */
export function underlineStyle({ on }: UnderlineOptions = {}): StyleRule {
  return {
    textDecoration: plainLink.textDecoration,
    textUnderlineOffset: plainLink.textUnderlineOffset,
    selectors: {
      [state(on, 'hover')]: hoverLine,
      [state(on, 'active')]: plainLinkStates.active,
    },
  };
}

export interface LinkStyleOptions {
  /**
   * `always` (default): a text link, recognised by its underline.
   * `hover`: a navigation link (Header, SideNavigation) whose place in a menu already says it
   * is a link; underlined on hover only. The component marks the current page (bar, weight).
   * @default 'always'
   */
  underline?: 'always' | 'hover';
  /**
   * A block link (LinkCard, TaskList): its `::after` is stretched over the card or row, given
   * here as the class of that positioned ancestor, so the whole area is the target. Hovering
   * the area changes the underline and the focus ring goes around the area.
   */
  stretchedOver?: string;
  /**
   * The element may be a `<button>` or `<summary>` that acts as a link (BackLink's button form,
   * StepIndicator's "show all steps"): in forced colours it is painted `LinkText` so it still
   * reads as a link. A real `<a href>` gets that from the browser and needs no rule.
   */
  notAnAnchor?: boolean;
}

/**
 * The house link look, for every element that is (or acts as) a text link: Link and the links
 * inside components. Links are black or white like all text (brand rule) and recognised by
 * their underline; states change the underline, never the text colour. Browsers let `:visited`
 * change colours only (privacy), so visited links use `color.link.visited`, which the city keeps
 * black/white.
 *
 * The component's own rule is merged over the house look (`selectors` and `@media` key by key;
 * a component's state selectors come after the house ones and win at equal specificity):
 * `componentStyle('x-link', linkStyle({ display: 'inline-block' }))`.
 */
export function linkStyle(
  rule: StyleRule = {},
  { underline = 'always', stretchedOver, notAnAnchor = false }: LinkStyleOptions = {},
): StyleRule {
  const hover = state(stretchedOver, 'hover');
  return mergeRules(
    {
      color: plainLink.color,
      // `:visited` before `:hover` (LVHA): a visited link's hover colour still applies.
      selectors: { '&:visited': plainLinkStates.visited, [hover]: { color: plainLinkStates.hover.color } },
    },
    underline === 'always'
      ? underlineStyle({ on: stretchedOver })
      : { textDecorationLine: 'none', selectors: { [hover]: { textDecorationLine: 'underline', ...hoverLine } } },
    stretchedOver
      ? {
          // The focus ring goes around the stretched area, not around the link text.
          selectors: {
            '&::after': { content: '""', position: 'absolute', inset: 0 },
            '&:focus-visible': { outline: 'none', textDecorationThickness: vars.border.width.medium },
            '&:focus-visible::after': focusRing,
          },
        }
      : { borderRadius: plainLink.borderRadius, selectors: { '&:focus-visible': plainLinkStates.focusVisible } },
    notAnAnchor && { '@media': { '(forced-colors: active)': { color: 'LinkText' } } },
    rule,
  );
}
