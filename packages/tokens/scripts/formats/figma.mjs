// dist/figma/figma-variables.json: Tokens Studio for Figma format (token sets + themes), which
// imports as Figma variables with a Light and a Dark mode. Aliases stay aliases.

const TYPE_MAP = {
  color: () => 'color',
  fontFamily: () => 'fontFamilies',
  fontWeight: () => 'fontWeights',
  typography: () => 'typography',
  shadow: () => 'boxShadow',
  duration: () => 'other',
  cubicBezier: () => 'other',
  number: (t) => (t.segments[1] === 'line-height' ? 'lineHeights' : 'number'),
  dimension: (t) => {
    if (t.segments[0] === 'space') return 'spacing';
    if (t.segments[0] === 'radius') return 'borderRadius';
    if (t.segments[0] === 'border') return 'borderWidth';
    if (t.segments[0] === 'font') return 'fontSizes';
    if (t.segments[0] === 'size') return 'sizing';
    return 'dimension';
  },
};

function studioValue(t, original) {
  const v = original;
  if (t.type === 'fontFamily') return Array.isArray(v) ? v.join(', ') : v;
  if (t.type === 'cubicBezier') return `cubic-bezier(${v.join(', ')})`;
  if (t.type === 'shadow') return { x: v.offsetX, y: v.offsetY, blur: v.blur, spread: v.spread, color: v.color, type: 'dropShadow' };
  if (t.type === 'number' || t.type === 'fontWeight') return v;
  return v;
}

function setTree(list, pick) {
  const out = {};
  for (const t of list) {
    let node = out;
    t.segments.slice(0, -1).forEach((s) => {
      node[s] ??= {};
      node = node[s];
    });
    node[t.segments[t.segments.length - 1]] = pick(t);
  }
  return out;
}

export function formatFigma({ brand, semantic }) {
  const leaf = (t) => ({ value: studioValue(t, t.original), type: TYPE_MAP[t.type]?.(t) ?? 'other', description: t.description });
  const doc = {
    brand: setTree(brand, leaf),
    'semantic/light': setTree(semantic, leaf),
    'semantic/dark': setTree(semantic.map((t) => t.dark), leaf),
    $themes: [
      { id: 'gbg-light', name: 'Light', group: 'Theme', selectedTokenSets: { brand: 'source', 'semantic/light': 'enabled' } },
      { id: 'gbg-dark', name: 'Dark', group: 'Theme', selectedTokenSets: { brand: 'source', 'semantic/dark': 'enabled' } },
    ],
    $metadata: { tokenSetOrder: ['brand', 'semantic/light', 'semantic/dark'] },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
