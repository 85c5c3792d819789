// Helpers that turn the flat token model into nested objects and TypeScript literal types.

/** Sets `value` at `segments` inside `obj`, creating groups on the way. */
export function setIn(obj, segments, value) {
  let node = obj;
  segments.slice(0, -1).forEach((s) => {
    node[s] ??= {};
    node = node[s];
  });
  node[segments[segments.length - 1]] = value;
  return obj;
}

export function nest(tokens, pick) {
  const out = {};
  for (const t of tokens) setIn(out, t.segments, pick(t));
  return out;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const key = (k) => (IDENT.test(k) ? k : JSON.stringify(k));

/** A readonly TypeScript type whose leaves are the literal types of the value's leaves. */
export function literalType(value, indent = '') {
  const next = `${indent}  `;
  if (Array.isArray(value)) return `readonly [${value.map((v) => literalType(v, next)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${next}readonly ${key(k)}: ${literalType(v, next)};`);
    return `{\n${entries.join('\n')}\n${indent}}`;
  }
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}
