// WCAG 2.x relative luminance and contrast ratio for opaque sRGB hex colours. The published CLI
// carries this instead of a colour library so the package keeps no runtime dependencies; a
// property test checks it against culori's wcagContrast, which the token build uses.

const HEX = /^#([0-9a-f]{6})$/i;

/** True for an opaque 6-digit hex colour such as "#0076BC". */
export const isOpaqueHex = (value) => typeof value === 'string' && HEX.test(value);

const channel = (byte) => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (WCAG 2.x) of a 6-digit hex colour. */
export function luminance(hex) {
  const m = HEX.exec(hex);
  if (!m) throw new TypeError(`Not an opaque hex colour: ${JSON.stringify(hex)}`);
  const n = Number.parseInt(m[1], 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio between two 6-digit hex colours, from 1 to 21. */
export function contrast(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Ratio for reports with two decimals, rounded like the profile's table (Göteborgsblå with black:
 * 4.32), except that a ratio just below a WCAG threshold is rounded down, so "4.50" never hides a
 * 4.499 failure.
 */
export const show = (r) => {
  const rounded = Math.round(r * 100) / 100;
  const crosses = [3, 4.5, 7].some((t) => r < t && rounded >= t);
  return (crosses ? Math.floor(r * 100) / 100 : rounded).toFixed(2);
};
