import { keyframes } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css.js';
import { componentStyle, componentVariants } from '../../theme/styles.js';

// A lighter band passes over the grey: the page's own surface colour, so it works in dark too.
// The image is twice the shape's width with the band in its middle: at 150 % the band lies
// beyond the start edge (so a still shape is plain grey), at -50 % beyond the end edge.
const shimmer = keyframes({ from: { backgroundPositionX: '150%' }, to: { backgroundPositionX: '-50%' } }, 'skeleton-shimmer');

const surface = {
  backgroundColor: vars.color.surface.subtle,
  backgroundImage: `linear-gradient(90deg, transparent 30%, ${vars.color.surface.default} 50%, transparent 70%)`,
  backgroundSize: '200% 100%',
  backgroundRepeat: 'no-repeat',
  backgroundPositionX: '150%',
  // Under the (transparent) border too, so the edge does not show as a line beside the band.
  backgroundOrigin: 'border-box',
  animationName: shimmer,
  animationDuration: '1.6s',
  animationIterationCount: 'infinite',
  animationTimingFunction: 'linear',
  // A transparent border turns into an edge in forced colours, where backgrounds are dropped.
  border: `${vars.border.width.thin} solid transparent`,
  boxSizing: 'border-box',
} as const;

const still = { animationName: 'none', backgroundImage: 'none' } as const;

export const root = componentVariants('skeleton', {
  base: {
    display: 'block',
    maxInlineSize: '100%',
    '@media': {
      '(prefers-reduced-motion: reduce)': still,
    },
  },
  variants: {
    variant: {
      text: { display: 'flex', flexDirection: 'column', gap: vars.space['2'], animationName: 'none' },
      block: { ...surface, borderRadius: vars.radius.md, '@media': { '(prefers-reduced-motion: reduce)': still } },
      circle: { ...surface, borderRadius: vars.radius.pill, '@media': { '(prefers-reduced-motion: reduce)': still } },
    },
  },
  defaultVariants: { variant: 'text' },
});

export const line = componentStyle('skeleton-line', {
  ...surface,
  display: 'block',
  // One line of body text: the line height of the page's text, the bar a little lower.
  blockSize: '1em',
  marginBlock: '0.25em',
  borderRadius: vars.radius.sm,
  fontSize: vars.font.size.md,
  selectors: {
    '&:last-child:not(:first-child)': { inlineSize: '60%' },
  },
  '@media': {
    '(prefers-reduced-motion: reduce)': still,
  },
});

export const region = componentStyle('skeleton-region', {
  display: 'block',
});
