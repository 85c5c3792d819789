// dist/css/tokens.css: primitives on :root, semantic tokens per theme, auto theme, reduced motion.

const REF_VAR = (ref) => `var(--gbg-${ref.split('.').join('-')})`;

/** Semantic tokens point at primitives with var(), so a re-themed primitive flows through. */
const semanticValue = (t) => (t.ref ? REF_VAR(t.ref) : t.value);

const decls = (list, valueOf, indent = '  ') =>
  list.map((t) => `${indent}${t.cssVar}: ${valueOf(t)};`).join('\n');

export function formatCss({ brand, semantic }, header) {
  const light = decls(semantic, semanticValue);
  const darkList = semantic.map((t) => t.dark);
  const dark = decls(darkList, semanticValue);
  const darkNested = decls(darkList, semanticValue, '    ');
  const durations = brand.filter((t) => t.type === 'duration');
  return `${header}
/* Brand primitives: the palette, type, space, shape, motion, layout. */
:root {
${decls(brand, (t) => t.value)}
}

/* Light theme (default). Re-declared wherever data-gbg-theme is set, so themes nest. */
:root,
[data-gbg-theme="light"],
[data-gbg-theme="auto"] {
  color-scheme: light;
${light}
}

/* Dark theme. */
[data-gbg-theme="dark"] {
  color-scheme: dark;
${dark}
}

/* Auto theme follows the operating system. */
@media (prefers-color-scheme: dark) {
  [data-gbg-theme="auto"] {
    color-scheme: dark;
${darkNested}
  }
}

/* Reduced motion: every duration becomes zero; transitions end at once. */
@media (prefers-reduced-motion: reduce) {
  :root {
${decls(durations, () => '0ms', '    ')}
  }
}
`;
}
