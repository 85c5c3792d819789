import { tokens } from '@goteborgsstad/tokens';
import { vars } from '../../theme/contract.css.js';
import { componentVariants } from '../../theme/styles.js';

// Responsive heading sizes in three steps: `font.heading-size.narrow-N` below breakpoint.md
// (320 px phones), the midpoint from md, the full `typography.heading-N` size from lg. Steps in
// rem, not a fluid `vw` slope: a vw term does not grow with the reader's text size, so a
// heading would grow only about 1.6× at 200 % text (WCAG 1.4.4). Chromium on Linux without its
// downloaded dictionaries (and Firefox for some languages) cannot hyphenate, so the smaller
// size is what makes long Swedish compounds fit at 320 px; `hyphens` helps where it can.
function stepped(narrowVar: string, fullVar: string) {
  return {
    fontSize: narrowVar,
    '@media': {
      [`(min-width: ${tokens.breakpoint.md})`]: { fontSize: `calc((${narrowVar} + ${fullVar}) / 2)` },
      [`(min-width: ${tokens.breakpoint.lg})`]: { fontSize: fullVar },
    },
  };
}

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
        ...stepped(narrowVars['narrow-1'], vars.font.size['5xl']),
      },
      2: {
        font: vars.typography['heading-2'],
        ...stepped(narrowVars['narrow-2'], vars.font.size['4xl']),
      },
      3: {
        font: vars.typography['heading-3'],
        ...stepped(narrowVars['narrow-3'], vars.font.size['3xl']),
      },
      4: {
        font: vars.typography['heading-4'],
        ...stepped(narrowVars['narrow-4'], vars.font.size['2xl']),
      },
      5: { font: vars.typography['heading-5'] },
      6: { font: vars.typography['heading-6'] },
    },
  },
  defaultVariants: { size: 2 },
});
