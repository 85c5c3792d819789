import { tokens } from '@goteborgsstad/tokens';
import { vars } from './contract.css.js';

// Media queries cannot read CSS custom properties, so breakpoints come from the resolved token
// values at build time (still owned by the token, never typed here).
const fromMd = `screen and (min-width: ${tokens.breakpoint.md})`;
const fromLg = `screen and (min-width: ${tokens.breakpoint.lg})`;

/**
 * The page's side gutter, one rule for Container, Header and Footer so their content columns
 * line up at every width: 16 px on phones, 24 px from `md`, 32 px from `lg`. Sets the custom
 * property `name` (each component keeps its own, which a page may override).
 */
export function pageGutter(name: string) {
  return {
    vars: { [name]: vars.space['4'] },
    '@media': {
      [fromMd]: { vars: { [name]: vars.space['6'] } },
      [fromLg]: { vars: { [name]: vars.space['8'] } },
    },
  };
}
