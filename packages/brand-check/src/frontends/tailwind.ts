/**
 * Tailwind arbitrary values (`text-[#0076bc]`, `p-[16px]`) in class lists, as declarations.
 */
import type { Declaration, Position } from '../model.js';
import { scanColors, scanLengths } from '../values.js';
import { advance } from '../values.js';

type Kind = 'color' | 'length' | 'family' | 'any';

/** Utility prefix → property by the kind of arbitrary value. */
const PREFIXES: Record<string, Partial<Record<Kind, string>>> = {
  text: { color: 'color', length: 'font-size' },
  placeholder: { color: 'color' },
  bg: { color: 'background-color' },
  border: { color: 'border-color' },
  outline: { color: 'outline-color' },
  ring: { color: 'outline-color' },
  divide: { color: 'border-color' },
  fill: { color: 'fill' },
  stroke: { color: 'stroke' },
  decoration: { color: 'text-decoration-color' },
  caret: { color: 'caret-color' },
  accent: { color: 'accent-color' },
  shadow: { color: 'box-shadow' },
  from: { color: 'background-image' },
  via: { color: 'background-image' },
  to: { color: 'background-image' },
  font: { family: 'font-family' },
  rounded: { length: 'border-radius' },
};
for (const side of ['x', 'y', 't', 'r', 'b', 'l', 's', 'e']) {
  PREFIXES[`border-${side}`] = { color: 'border-color' };
  PREFIXES[`rounded-${side}`] = { length: 'border-radius' };
}
for (const side of ['tl', 'tr', 'bl', 'br', 'ss', 'se', 'es', 'ee']) PREFIXES[`rounded-${side}`] = { length: 'border-radius' };
for (const p of ['p', 'px', 'py', 'pt', 'pr', 'pb', 'pl', 'ps', 'pe']) PREFIXES[p] = { length: 'padding' };
for (const p of ['m', 'mx', 'my', 'mt', 'mr', 'mb', 'ml', 'ms', 'me', 'space-x', 'space-y']) PREFIXES[p] = { length: 'margin' };
for (const p of ['gap', 'gap-x', 'gap-y']) PREFIXES[p] = { length: 'gap' };
for (const p of ['inset', 'inset-x', 'inset-y', 'top', 'right', 'bottom', 'left', 'start', 'end']) PREFIXES[p] = { length: 'inset' };

const ARBITRARY = /^(-?)([a-z]+(?:-[a-z]+)*)-\[(.+)\]$/;

function kindOf(value: string, hint: string | undefined): Kind {
  if (hint === 'color') return 'color';
  if (hint === 'length') return 'length';
  if (hint === 'family-name') return 'family';
  if (scanColors(value, 'color').length > 0) return 'color';
  if (scanLengths(value).length > 0) return 'length';
  if (/^["']|,/.test(value)) return 'family';
  return 'any';
}

export interface ClassListOptions {
  file?: string;
  url?: string;
  block: string;
  themeSuggestions?: boolean;
}

/** Declarations for the arbitrary values in one class list starting at `start`. */
export function fromClassList(classList: string, start: Position, options: ClassListOptions): Declaration[] {
  const out: Declaration[] = [];
  const re = /\S+/g;
  for (let m = re.exec(classList); m; m = re.exec(classList)) {
    const token = m[0];
    // Variants (`hover:`, `md:`) precede the utility; colons inside brackets belong to the value.
    let depth = 0;
    let utilityStart = 0;
    for (let i = 0; i < token.length; i++) {
      const ch = token[i];
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (ch === ':' && depth === 0) utilityStart = i + 1;
    }
    let utility = token.slice(utilityStart);
    let skip = utilityStart;
    if (utility.startsWith('!')) {
      utility = utility.slice(1);
      skip++;
    }
    const am = ARBITRARY.exec(utility);
    if (!am) continue;
    const prefix = am[2]!;
    let raw = am[3]!;
    const rules = PREFIXES[prefix];
    if (!rules) continue;
    let hint: string | undefined;
    const hm = /^([a-z-]+):(.+)$/.exec(raw);
    if (hm && !raw.startsWith('url')) {
      hint = hm[1];
      raw = hm[2]!;
    }
    const value = raw.replace(/(?<!\\)_/g, ' ').replace(/\\_/g, '_');
    const kind = kindOf(value, hint);
    const property = rules[kind];
    if (!property) continue;
    const valueIndex = m.index + skip + am[1]!.length + prefix.length + 2 + (hint ? hint.length + 1 : 0);
    const pos = advance(start, classList, m.index);
    const decl: Declaration = {
      property,
      value,
      ...(options.file !== undefined ? { file: options.file } : options.url !== undefined ? { url: options.url } : {}),
      line: pos.line,
      column: pos.column,
      selector: token,
      context: { origin: 'tailwind', block: options.block },
    };
    if (value === raw) decl.context.valueStart = advance(start, classList, valueIndex);
    if (options.themeSuggestions) decl.context.themeSuggestions = true;
    out.push(decl);
  }
  return out;
}
