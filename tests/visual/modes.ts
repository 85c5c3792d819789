// The screenshot matrix: four looks × two widths = eight modes.
import type { Globals } from '../shared/composed-stories.js';

export type Mode = {
  id: string;
  width: number;
  height: number;
  globals: Globals;
  forcedColors: boolean;
};

const looks: Array<Pick<Mode, 'globals' | 'forcedColors'> & { id: string }> = [
  { id: 'light', globals: { theme: 'light' }, forcedColors: false },
  { id: 'dark', globals: { theme: 'dark' }, forcedColors: false },
  { id: 'rtl', globals: { theme: 'light', dir: 'rtl' }, forcedColors: false },
  { id: 'forced-colors', globals: { theme: 'light' }, forcedColors: true },
];

// 320 CSS px is WCAG's reflow width (a small phone); 1280 a common desktop.
const widths = [
  { id: '320', width: 320, height: 640 },
  { id: '1280', width: 1280, height: 800 },
];

export const modes: Mode[] = looks.flatMap((look) =>
  widths.map((size) => ({
    id: `${look.id}-${size.id}`,
    width: size.width,
    height: size.height,
    globals: look.globals,
    forcedColors: look.forcedColors,
  })),
);
