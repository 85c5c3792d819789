// dist/android/*.xml resources: colours (#AARRGGBB), dimensions in dp and font sizes in sp,
// integers for durations (ms) and z-index. Dark semantic colours go to values-night/.

const resName = (t) => `gbg_${t.segments.join('_').replace(/-/g, '_')}`;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/--/g, '—');
const hex2 = (x) => Math.round(x * 255).toString(16).padStart(2, '0').toUpperCase();
export const androidColour = (c) => `#${hex2(c.a)}${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;
const num = (n) => String(+Number(n).toFixed(4));

const resources = (header, body) => `<?xml version="1.0" encoding="utf-8"?>
<!-- ${esc(header.replace(/^\/\*\s*|\s*\*\/$/g, ''))} -->
<resources>
${body.join('\n')}
</resources>
`;
const item = (tag, t, value) => `  <!-- ${esc(t.description)} -->\n  <${tag} name="${resName(t)}">${value}</${tag}>`;

export function formatAndroid({ brand, semantic }, header) {
  const isFontSize = (t) => t.segments[0] === 'font' && t.segments[1] === 'size';
  const colours = [
    ...brand.filter((t) => t.type === 'color').map((t) => item('color', t, androidColour(t.native))),
    ...semantic.map((t) => item('color', t, t.ref ? `@color/gbg_${t.ref.replace(/[.-]/g, '_')}` : androidColour(t.native))),
  ];
  const nightColours = semantic.map((t) =>
    item('color', t.dark, t.dark.ref ? `@color/gbg_${t.dark.ref.replace(/[.-]/g, '_')}` : androidColour(t.dark.native)),
  );
  const dimens = brand
    .filter((t) => t.type === 'dimension')
    .map((t) => item('dimen', t, `${num(t.native)}${isFontSize(t) ? 'sp' : 'dp'}`))
    // Line heights are unitless multipliers: float dimen items.
    .concat(brand.filter((t) => t.segments[1] === 'line-height').map((t) => `  <!-- ${esc(t.description)} -->\n  <item name="${resName(t)}" format="float" type="dimen">${num(t.native)}</item>`));
  const integers = [
    ...brand.filter((t) => t.type === 'duration').map((t) => item('integer', t, String(Math.round(t.native * 1000)))),
    ...brand.filter((t) => t.segments[0] === 'z-index').map((t) => item('integer', t, String(t.native))),
    ...brand.filter((t) => t.type === 'fontWeight').map((t) => item('integer', t, String(t.native))),
  ];
  return {
    'android/colors.xml': resources(header, colours),
    'android/values-night/colors.xml': resources(header, nightColours),
    'android/dimens.xml': resources(header, dimens),
    'android/integers.xml': resources(header, integers),
  };
}
