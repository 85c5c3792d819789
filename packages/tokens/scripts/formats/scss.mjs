// dist/scss/_tokens.scss: static primitives, theme-aware semantic variables and per-theme maps.

const varName = (t) => `$${t.name}`;
const scssValue = (v) => (typeof v === 'number' ? String(v) : v);

export function formatScss({ brand, semantic }, header) {
  const map = (list, pick) => list.map((t) => `  "${t.path}": ${scssValue(pick(t))},`).join('\n');
  return `${header.replace(/^\/\*\s?/, '// ').replace(/\s?\*\/$/, '')}
// Primitives are static values, so they also work where custom properties cannot (media queries).
${brand.map((t) => `${varName(t)}: ${scssValue(t.value)} !default;`).join('\n')}

// Semantic colours follow the active theme through the CSS custom properties of tokens.css.
${semantic.map((t) => `${varName(t)}: var(${t.cssVar}) !default;`).join('\n')}

// Static semantic values per theme, for places where var() cannot be used.
$gbg-theme-light: (
${map(semantic, (t) => t.value)}
);

$gbg-theme-dark: (
${map(semantic, (t) => t.dark.value)}
);
`;
}
