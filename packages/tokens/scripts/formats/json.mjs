// dist/json/tokens.json (nested) and tokens.flat.json (array).
import { nest } from './tree.mjs';

export function formatJsonNested({ brand, semantic }) {
  const leaf = (t) => ({
    value: t.value,
    ...(t.dark ? { darkValue: t.dark.value } : {}),
    type: t.type,
    cssVar: t.cssVar,
    ...(t.ref ? { alias: t.ref } : {}),
    ...(t.dark?.ref ? { darkAlias: t.dark.ref } : {}),
    description: t.description,
  });
  return `${JSON.stringify(nest([...brand, ...semantic], leaf), null, 2)}\n`;
}

export function formatJsonFlat(flatTokens) {
  return `${JSON.stringify(flatTokens, null, 2)}\n`;
}
