import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';

// Fluid heading sizes: from `font.heading-size.narrow-N` at the WCAG reflow width (320 px) to
// the full `typography.heading-N` size at breakpoint.lg, linear in between. Chromium on Linux
// without its downloaded dictionaries (and Firefox for some languages) cannot hyphenate, so the
// smaller size is what makes long Swedish compounds fit at 320 px; `hyphens` helps where it can.
const reflowWidthPx = 320;
const rootPx = 16;

/** A CSS length token value ('1.75rem', '28px') in px, resolved at build time. */
function px(value: string): number {
  const match = /^(-?[\d.]+)(px|rem)$/.exec(value);
  if (!match) throw new Error(`Heading.css: cannot read the length "${value}" from the tokens.`);
  return Number(match[1]) * (match[2] === 'rem' ? rootPx : 1);
}

const wideFromPx = px(tokens.breakpoint.lg);
const round = (n: number) => Number(n.toFixed(5));

/**
 * `clamp(narrow, a rem + b vw, full)`: the bounds stay token variables (a theme override still
 * wins), the slope between them is computed from the tokens' values. The rem intercept keeps
 * the user's default font size in play.
 */
function fluid(narrowVar: string, narrowValue: string, fullVar: string, fullValue: string): string {
  const min = px(narrowValue);
  const max = px(fullValue);
  const slope = (max - min) / (wideFromPx - reflowWidthPx);
  const intercept = min - slope * reflowWidthPx;
  return `clamp(${narrowVar}, ${round(intercept / rootPx)}rem + ${round(slope * 100)}vw, ${fullVar})`;
}

const narrow = tokens.font['heading-size'];
const sizes = tokens.font.size;
const narrowVars = vars.font['heading-size'];

export const heading = componentVariants('heading', {
  base: {
    margin: 0,
    // Headings are black or white like all text; colour comes from the theme.
    color: vars.color.text.default,
    // Long compounds break at a syllable where the browser has a dictionary for the `lang`
    // (GbgProvider sets it); breaking anywhere is the last resort against overflow at 320 px.
    hyphens: 'auto',
    overflowWrap: 'break-word',
    textWrap: 'balance',
  },
  variants: {
    size: {
      1: {
        font: vars.typography['heading-1'],
        fontSize: fluid(narrowVars['narrow-1'], narrow['narrow-1'], vars.font.size['5xl'], sizes['5xl']),
      },
      2: {
        font: vars.typography['heading-2'],
        fontSize: fluid(narrowVars['narrow-2'], narrow['narrow-2'], vars.font.size['4xl'], sizes['4xl']),
      },
      3: {
        font: vars.typography['heading-3'],
        fontSize: fluid(narrowVars['narrow-3'], narrow['narrow-3'], vars.font.size['3xl'], sizes['3xl']),
      },
      4: {
        font: vars.typography['heading-4'],
        fontSize: fluid(narrowVars['narrow-4'], narrow['narrow-4'], vars.font.size['2xl'], sizes['2xl']),
      },
      5: { font: vars.typography['heading-5'] },
      6: { font: vars.typography['heading-6'] },
    },
  },
  defaultVariants: { size: 2 },
});
