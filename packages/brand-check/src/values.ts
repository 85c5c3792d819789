/**
 * Reading CSS values: colour literals in every CSS syntax, lengths and variable references.
 * Structure comes from postcss-value-parser; colour syntax and conversion from culori.
 */
import valueParser from 'postcss-value-parser';
import { parse, type Color } from 'culori';

export interface ColorLiteral {
  /** The literal as written. */
  text: string;
  color: Color;
  /** Offset of the literal inside the value. */
  index: number;
}

export interface LengthLiteral {
  text: string;
  index: number;
}

export interface VarReference {
  name: string;
  index: number;
}

const COLOR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);
/** Keywords culori parses (or that name a colour) but that are not a colour choice. */
const NOT_A_CHOICE = new Set(['transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'none']);
/** Properties where a bare word can be a named colour (`red`); elsewhere words are names of other things. */
const NAMED_COLOR_PROPERTY = /color|background|border|outline|fill|stroke|shadow|text-decoration|caret|accent|column-rule|scrollbar|stop|flood|lighting|^--|^\$|^@/i;

function parseColorText(text: string): Color | undefined {
  try {
    return parse(text) ?? undefined;
  } catch {
    // culori throws on some broken input (`color(`): not a colour.
    return undefined;
  }
}

/**
 * Values repeat a lot within a code base (`var(--gbg-space-4)`, `#fff`); results are memoised per
 * value text in small maps that are dropped when full, so memory stays flat on huge files.
 */
const MEMO_LIMIT = 4096;
function memo<T>(map: Map<string, T>, key: string, compute: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size >= MEMO_LIMIT) map.clear();
    v = compute();
    map.set(key, v);
  }
  return v;
}
const colorMemo = new Map<string, readonly ColorLiteral[]>();
const lengthMemo = new Map<string, readonly LengthLiteral[]>();
const referenceMemo = new Map<string, string | null>();

/** A fast test for values that cannot hold a colour literal (`var(--x)`, `1px solid`). */
function mayHoldColor(value: string, namedAllowed: boolean): boolean {
  if (value.includes('#') || value.includes('(')) return true;
  return namedAllowed && /[a-z]{3}/i.test(value);
}

/** Every colour literal in a value, in order. Skips `url()`, strings, and variable names. */
export function scanColors(value: string, property: string): readonly ColorLiteral[] {
  const namedAllowed = NAMED_COLOR_PROPERTY.test(property);
  if (!mayHoldColor(value, namedAllowed)) return [];
  return memo(colorMemo, `${namedAllowed ? 1 : 0}${value}`, () => scanColorsUncached(value, namedAllowed));
}

function scanColorsUncached(value: string, namedAllowed: boolean): ColorLiteral[] {
  const out: ColorLiteral[] = [];
  if (/^var\(\s*--[\w-]+\s*\)$/.test(value.trim())) return out;
  let parsed: valueParser.ParsedValue;
  try {
    parsed = valueParser(value);
  } catch {
    return out;
  }
  // Iterative walk with an explicit stack: a value nested thousands of levels deep
  // (`calc(calc(…))`) must not overflow the call stack.
  const stack: valueParser.Node[][] = [parsed.nodes];
  const at: number[] = [0];
  while (stack.length) {
    const nodes = stack[stack.length - 1]!;
    const i = at[at.length - 1]!;
    if (i >= nodes.length) {
      stack.pop();
      at.pop();
      continue;
    }
    at[at.length - 1] = i + 1;
    const node = nodes[i]!;
    if (node.type === 'function') {
      const name = node.value.toLowerCase();
      if (name === 'url') continue;
      // culori reads no nested functions (`rgb(var(--x) …)`, `rgb(calc(…))`): parsing those would
      // only cost time, quadratic in the depth of a hostile value.
      if (COLOR_FUNCTIONS.has(name) && !node.nodes.some((n) => n.type === 'function')) {
        // The source slice, not valueParser.stringify, which recurses.
        const text = value.slice(node.sourceIndex, node.sourceEndIndex);
        const color = parseColorText(text);
        if (color) {
          out.push({ text, color, index: node.sourceIndex });
          continue;
        }
      }
      stack.push(node.nodes);
      at.push(0);
    } else if (node.type === 'word') {
      const word = node.value;
      if (word.startsWith('#')) {
        if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(word)) {
          const color = parseColorText(word);
          if (color) out.push({ text: word, color, index: node.sourceIndex });
        }
      } else if (namedAllowed && /^[a-z]+$/i.test(word) && !NOT_A_CHOICE.has(word.toLowerCase())) {
        const color = parseColorText(word.toLowerCase());
        if (color) out.push({ text: word, color, index: node.sourceIndex });
      }
    }
  }
  // Document order, as the recursive walk gave.
  return out.sort((a, b) => a.index - b.index);
}

const MATH_FUNCTIONS = new Set(['calc', 'min', 'max', 'clamp']);

/** Length literals (`16px`, `1.5rem`) at the top level of a value and inside math functions. */
export function scanLengths(value: string): readonly LengthLiteral[] {
  if (!/\d(px|rem)/i.test(value)) return [];
  return memo(lengthMemo, value, () => scanLengthsUncached(value));
}

function scanLengthsUncached(value: string): LengthLiteral[] {
  const out: LengthLiteral[] = [];
  let parsed: valueParser.ParsedValue;
  try {
    parsed = valueParser(value);
  } catch {
    return out;
  }
  const stack: valueParser.Node[][] = [parsed.nodes];
  while (stack.length) {
    for (const node of stack.pop()!) {
      if (node.type === 'function') {
        if (MATH_FUNCTIONS.has(node.value.toLowerCase())) stack.push(node.nodes);
        continue;
      }
      if (node.type !== 'word') continue;
      const unit = valueParser.unit(node.value);
      if (unit && (unit.unit === 'px' || unit.unit === 'rem')) out.push({ text: node.value, index: node.sourceIndex });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * When the whole value is one reference (`var(--x)`, `var(--x, fallback)`, `$x`, `@x`),
 * the referenced name; otherwise undefined.
 */
export function soleReference(value: string): string | undefined {
  const v = value.trim();
  if (!v.includes('var(') && !/^[$@]/.test(v)) return undefined;
  const r = memo(referenceMemo, v, () => soleReferenceUncached(v) ?? null);
  return r ?? undefined;
}

function soleReferenceUncached(v: string): string | undefined {
  if (/^[$@][\w-]+$/.test(v)) return v;
  let parsed: valueParser.ParsedValue;
  try {
    parsed = valueParser(v);
  } catch {
    return undefined;
  }
  const nodes = parsed.nodes.filter((n) => n.type !== 'space' && n.type !== 'comment');
  const only = nodes[0];
  if (nodes.length !== 1 || !only || only.type !== 'function' || only.value.toLowerCase() !== 'var') return undefined;
  const first = only.nodes.find((n) => n.type === 'word');
  return first?.value;
}

/** When the whole value is one colour literal, that colour. */
export function soleColor(value: string, property: string): Color | undefined {
  const v = value.trim();
  if (NOT_A_CHOICE.has(v.toLowerCase())) return undefined;
  const found = scanColors(v, property);
  if (found.length !== 1) return undefined;
  return found[0]!.text.length === v.length ? found[0]!.color : undefined;
}

/** The single colour of a `background` shorthand, when it paints one flat colour. */
export function backgroundColorOf(value: string): string | undefined {
  if (/gradient\(|url\(|image\(/i.test(value)) return undefined;
  const colors = scanColors(value, 'background');
  if (colors.length === 1) return colors[0]!.text;
  const ref = value.trim().split(/\s+/);
  if (ref.length === 1) return value.trim();
  return undefined;
}

/** Offset → line/column, counting from a known start. */
export function advance(start: { line: number; column: number }, text: string, index: number): { line: number; column: number } {
  let { line, column } = start;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

export function isKeyword(value: string): boolean {
  return NOT_A_CHOICE.has(value.trim().toLowerCase());
}
