/**
 * CSS, SCSS, Sass (indented) and Less through PostCSS (postcss-scss, sugarss, postcss-less).
 */
import postcss, { type AtRule, type Container, type Declaration as PostcssDeclaration, type Root } from 'postcss';
import postcssScss from 'postcss-scss';
import postcssLess from 'postcss-less';
import sugarss from 'sugarss';
import type { Declaration, Origin, Paints, Position } from '../model.js';
import { advance } from '../values.js';
import { directiveFrom, LineIndex, shift, SourceSyntaxError, type ParsedSource } from './shared.js';

export type CssSyntax = 'css' | 'scss' | 'sass' | 'less';

export interface CssFrontendOptions {
  file?: string;
  url?: string;
  origin?: Origin;
  /** Where the CSS text starts in the file (embedded CSS); defaults to 1:1. */
  base?: Position;
  /** Block id for declarations outside any rule (a `style` attribute). */
  rootBlock?: string;
  /** Suggest theme entries instead of CSS variables. */
  themeSuggestions?: boolean;
  /** Parse plain CSS in pieces above this many characters. @default 2 MiB */
  chunkThreshold?: number;
  /** Size of those pieces. @default 512 KiB */
  chunkSize?: number;
  /** Values to put in place of masked template expressions, by offset in the CSS text. */
  substitutions?: readonly { start: number; end: number; text: string | undefined }[];
}

const SVG_TEXT = /(^|[\s>+~])(text|tspan|textPath)([.#:[]|$)/;
const ICON = /(^|[\s>+~])svg([.#:[]|$)|[._-]icons?(?![a-z])/i;

function paintsFor(selector: string | undefined, property: string): Paints | undefined {
  if (!selector) return undefined;
  // Only the subject (last compound) of the last selector in the list decides what is painted.
  const last = selector.split(',').pop()!.trim().split(/[\s>+~]+/).pop() ?? '';
  if (property === 'fill' && SVG_TEXT.test(' ' + last)) return 'svg-text';
  if (property === 'color' && ICON.test(' ' + last)) return 'icon';
  return undefined;
}

function selectorOf(node: PostcssDeclaration | AtRule): string | undefined {
  let parent: Container | undefined = node.parent as Container | undefined;
  while (parent && parent.type !== 'root') {
    if (parent.type === 'rule') return (parent as unknown as { selector: string }).selector;
    if (parent.type === 'atrule') {
      const at = parent as AtRule;
      if (at.name === 'font-face' || at.name === 'page') return `@${at.name}`;
    }
    parent = parent.parent as Container | undefined;
  }
  return undefined;
}

const blockIds = new WeakMap<object, string>();
let nextBlock = 0;

/** One id per rule: its declarations form a block for contrast pairs. */
function blockOf(node: PostcssDeclaration | AtRule, options: CssFrontendOptions): string | undefined {
  const parent = node.parent as Container | undefined;
  if (!parent || parent.type === 'root') return options.rootBlock;
  let id = blockIds.get(parent);
  if (id === undefined) blockIds.set(parent, (id = `css${nextBlock++}`));
  return id;
}

const MIXIN_AT_RULES = new Set(['include', 'mixin', 'function', 'return']);

/** `&:hover`, `&.is-open`, `&[aria-pressed]`: the same element as the parent rule (not `&__elem`, `& .child`). */
export const SAME_ELEMENT = /^&[:.[]/;

function idOf(container: Container): string {
  let id = blockIds.get(container);
  if (id === undefined) blockIds.set(container, (id = `css${nextBlock++}`));
  return id;
}

/** `.btn:hover`, `.btn:focus-visible`, `.btn[aria-pressed="true"]` → `.btn`. */
const STATE_SUFFIX = /(?::(?:hover|focus|focus-visible|focus-within|active|visited|checked|disabled|enabled|invalid|valid|target|current)|\[[^\]]*\])+$/;

function inheritsOf(node: PostcssDeclaration | AtRule, options: CssFrontendOptions, bySelector: ReadonlyMap<string, Container>): string | undefined {
  const rule = node.parent as (Container & { selector?: string }) | undefined;
  if (!rule || rule.type !== 'rule' || !rule.selector) return undefined;
  const selectors = rule.selector.split(',').map((s) => s.trim());
  if (selectors.every((s) => SAME_ELEMENT.test(s))) {
    const base = rule.parent as Container | undefined;
    if (!base || base.type === 'root') return options.rootBlock;
    return base.type === 'rule' ? idOf(base) : undefined;
  }
  // A state rule written out in full, with its base rule elsewhere in the same file.
  if (selectors.length === 1) {
    const baseSelector = selectors[0]!.replace(STATE_SUFFIX, '');
    const base = baseSelector !== selectors[0] ? bySelector.get(baseSelector) : undefined;
    if (base && base !== rule) return idOf(base);
  }
  return undefined;
}

function resolveSubstitutions(raw: string, rawStart: number, options: CssFrontendOptions): string {
  const subs = options.substitutions ?? [];
  let out = '';
  let i = 0;
  for (const s of subs) {
    const a = s.start - rawStart;
    const b = s.end - rawStart;
    if (b <= 0 || a >= raw.length) continue;
    out += raw.slice(i, Math.max(a, 0));
    // An unknown expression makes the value unknown: the marker is no colour, length or variable.
    out += s.text ?? '__gbg_expression__';
    i = Math.min(b, raw.length);
  }
  out += raw.slice(i);
  return out.replace(/\/\*[\s\S]*?\*\//g, '').trim();
}

/** Declarations and directives from an already-parsed PostCSS root (files, Stylelint). */
export function fromRoot(root: Root, options: CssFrontendOptions = {}): ParsedSource {
  const base = options.base ?? { line: 1, column: 1 };
  const origin = options.origin ?? 'css';
  const declarations: Declaration[] = [];
  const directives: ParsedSource['directives'] = [];
  const where = options.file !== undefined ? { file: options.file } : options.url !== undefined ? { url: options.url } : {};

  const add = (node: PostcssDeclaration | AtRule, property: string, value: string, valueOffset: number | undefined, prefix?: string) => {
    const start = node.source?.start ?? { line: 1, column: 1 };
    const pos = shift(start, base);
    const selector = selectorOf(node);
    const paints = paintsFor(selector, property);
    const block = blockOf(node, options);
    const decl: Declaration = {
      property,
      value,
      ...where,
      line: pos.line,
      column: pos.column,
      context: { origin },
    };
    if (selector !== undefined) decl.selector = selector;
    if (paints) decl.context.paints = paints;
    if (block !== undefined) decl.context.block = block;
    const inherits = inheritsOf(node, options, bySelector);
    if (inherits !== undefined) decl.context.inherits = inherits;
    if (options.themeSuggestions) decl.context.themeSuggestions = true;
    if (valueOffset !== undefined) decl.context.valueStart = shift(advance(start, prefix ?? '', valueOffset), base);
    declarations.push(decl);
  };

  const bySelector = new Map<string, Container>();
  root.walkRules((rule) => {
    if (!bySelector.has(rule.selector)) bySelector.set(rule.selector, rule);
  });

  root.walk((node) => {
    if (node.type === 'comment') {
      const end = node.source?.end ?? node.source?.start;
      if (end) {
        const d = directiveFrom(node.text, shift(end, base).line);
        if (d) directives.push(d);
      }
      return;
    }
    if (node.type === 'decl') {
      if (node.prop.includes('#{') || node.prop.includes('@{')) return;
      const between = node.raws.between ?? ':';
      const rawValue = (node.raws as { value?: { raw: string } }).value?.raw;
      const property = node.prop.startsWith('--') || /^[$@]/.test(node.prop) ? node.prop : node.prop.toLowerCase();
      const startOffset = node.source?.start?.offset ?? 0;
      // A masked expression right after the colon lands in `between`, so start reading there.
      const colon = Math.max(between.indexOf(':'), 0);
      const rawText = between.slice(colon + 1) + (rawValue ?? node.value);
      const rawStart = startOffset + node.prop.length + colon + 1;
      const substituted = options.substitutions?.some((s) => s.end > rawStart && s.start < rawStart + rawText.length);
      if (substituted || rawValue !== undefined) {
        const value = substituted ? resolveSubstitutions(rawText, rawStart, options) : node.value;
        add(node, property, value, undefined);
      } else {
        add(node, property, node.value, node.prop.length + between.length, node.prop + between);
      }
      return;
    }
    if (node.type === 'atrule' && MIXIN_AT_RULES.has(node.name) && /#|\(/.test(node.params)) {
      // Colours passed to or defaulted in SCSS mixins and functions are colours in source too.
      const at = node.toString().indexOf(node.params, node.name.length + 1);
      add(node, `@${node.name}`, node.params, at === -1 ? undefined : at, node.toString());
      return;
    }
    if (node.type === 'atrule' && (node as AtRule & { variable?: boolean }).variable) {
      // postcss-less: `@brand: #0076bc;` is an at-rule with `variable: true`.
      const value = ((node as AtRule & { value?: string }).value ?? node.params).trim();
      const at = node.toString().indexOf(value, node.name.length + 1);
      add(node, `@${node.name}`, value, at === -1 ? undefined : at, node.toString());
    }
  });
  return { declarations, directives };
}

export function parseCss(text: string, syntax: CssSyntax, options: CssFrontendOptions = {}): Root {
  try {
    if (syntax === 'scss') return postcssScss.parse(text, { from: options.file }) as Root;
    // Sass's indented syntax through SugarSS (the PostCSS project's indent-based parser).
    if (syntax === 'sass') return sugarss.parse(text, { from: options.file }) as unknown as Root;
    if (syntax === 'less') return postcssLess.parse(text, { from: options.file }) as unknown as Root;
    return postcss.parse(text, { from: options.file });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    const pos = shift({ line: e.line ?? 1, column: e.column ?? 1 }, options.base ?? { line: 1, column: 1 });
    throw new SourceSyntaxError(e.reason ?? e.message ?? String(error), pos.line, pos.column);
  }
}

/** Plain CSS larger than this is parsed in pieces, so the syntax tree of the whole file is never held. */
export const CHUNK_THRESHOLD = 2 * 1024 * 1024;
const CHUNK_SIZE = 512 * 1024;

/**
 * Offsets where top-level statements end (after `}` or `;` at depth 0, outside comments and
 * strings), about `size` characters apart. Unbalanced input yields fewer cuts, never wrong ones
 * inside a block.
 */
export function topLevelCuts(text: string, size: number): number[] {
  const cuts: number[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) break;
      i = end + 1;
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== c && text.charCodeAt(j) !== 10) j += text.charCodeAt(j) === 92 /* \\ */ ? 2 : 1;
      i = j;
    } else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ || c === 59 /* ; */) {
      if (c === 125) depth = Math.max(0, depth - 1);
      if (depth === 0 && i + 1 - last >= size) {
        cuts.push(i + 1);
        last = i + 1;
      }
    }
  }
  return cuts;
}

/** Parse and extract in one step. */
export function fromCss(text: string, syntax: CssSyntax, options: CssFrontendOptions = {}): ParsedSource {
  const origin: Origin = options.origin ?? syntax;
  if (syntax !== 'css' || text.length < (options.chunkThreshold ?? CHUNK_THRESHOLD) || options.substitutions) {
    return fromRoot(parseCss(text, syntax, options), { ...options, origin });
  }
  // A huge stylesheet: parse and extract piece by piece (each piece's tree is dropped before
  // the next is parsed). Only `.btn:hover` → `.btn` pairing across pieces is lost.
  const out: ParsedSource = { declarations: [], directives: [] };
  const base = options.base ?? { line: 1, column: 1 };
  const lines = new LineIndex(text);
  let start = 0;
  for (const end of [...topLevelCuts(text, options.chunkSize ?? CHUNK_SIZE), text.length]) {
    if (end <= start) continue;
    const at = shift(lines.at(start), base);
    const piece = fromRoot(parseCss(text.slice(start, end), syntax, { ...options, base: at }), { ...options, origin, base: at });
    for (const d of piece.declarations) out.declarations.push(d);
    for (const d of piece.directives) out.directives.push(d);
    start = end;
  }
  return out;
}
