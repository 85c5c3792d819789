import type { StyleRule } from '@vanilla-extract/css';
import { vars } from './contract.css.js';

// A vertical list of markers joined by a line down the start edge (ProcessSteps: a number in a
// ring; Timeline: a dot). Marker and line are borders, so forced colours keep them, in logical
// properties, so they move to the right on right-to-left pages without extra rules. They show
// that the items belong together in order; the words carry the meaning.

const line = vars.border.width.medium;

/** The list itself: no bullets, body text, room above and below. */
export const markerListRule = {
  listStyle: 'none',
  margin: 0,
  marginBlock: vars.space['6'],
  padding: 0,
  color: vars.color.text.default,
  font: vars.typography.body,
} satisfies StyleRule;

/** The ring: a circle in the strong border colour on the page's surface. */
const ring = (size: string) =>
  ({
    position: 'absolute',
    insetInlineStart: 0,
    boxSizing: 'border-box',
    inlineSize: size,
    blockSize: size,
    borderRadius: '50%',
    borderStyle: 'solid',
    borderWidth: line,
    borderColor: vars.color.border.strong,
    backgroundColor: vars.color.surface.default,
  }) satisfies StyleRule;

/**
 * A marker that is an element of its own (ProcessSteps' number): the ring at the item's
 * top start corner. The component adds what goes inside.
 */
export function markerRule(size: string): StyleRule {
  return {
    ...ring(size),
    insetBlockStart: 0,
    '@media': { '(forced-colors: active)': { borderColor: 'CanvasText' } },
  };
}

export interface MarkerItemOptions {
  /** Diameter of the marker, e.g. `vars.size.icon.lg`. */
  size: string;
  /**
   * Draw the marker as the item's `::before` (Timeline's dot), this far below the item's top
   * (level with the heading's first line). Without it the component renders its own marker
   * element (`markerRule`) at the top, and the line is the `::before`.
   */
  pseudoMarkerAt?: string;
}

/**
 * One item of the list: room at the start for the marker, and the line from this item's marker
 * down to the next one's (none after the last item).
 */
export function markerItemRule({ size, pseudoMarkerAt }: MarkerItemOptions): StyleRule {
  const lineAt = pseudoMarkerAt === undefined ? size : `calc(${pseudoMarkerAt} + ${size})`;
  const linePseudo = pseudoMarkerAt === undefined ? '::before' : '::after';
  return {
    position: 'relative',
    paddingInlineStart: `calc(${size} + ${vars.space['4']})`,
    paddingBlockEnd: vars.space['6'],
    overflowWrap: 'break-word',
    selectors: {
      ...(pseudoMarkerAt !== undefined && {
        '&::before': { content: '""', ...ring(size), insetBlockStart: pseudoMarkerAt },
      }),
      [`&${linePseudo}`]: {
        content: '""',
        position: 'absolute',
        insetBlockStart: lineAt,
        insetBlockEnd: 0,
        insetInlineStart: `calc((${size} - ${line}) / 2)`,
        borderInlineStartStyle: 'solid',
        borderInlineStartWidth: line,
        borderInlineStartColor: vars.color.border.default,
      },
      '&:last-child': { paddingBlockEnd: 0 },
      [`&:last-child${linePseudo}`]: { content: 'none' },
    },
    '@media': {
      '(forced-colors: active)': {
        selectors: {
          ...(pseudoMarkerAt !== undefined && { '&::before': { borderColor: 'CanvasText' } }),
          [`&${linePseudo}`]: { borderInlineStartColor: 'CanvasText' },
        },
      },
    },
  };
}
