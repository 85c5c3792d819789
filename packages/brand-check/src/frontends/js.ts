/**
 * JavaScript and TypeScript through @babel/parser: vanilla-extract style objects, inline
 * `style={{…}}`, styled-components / Emotion templates, SVG paint props and Tailwind classes.
 */
import { parse, type ParserPlugin } from '@babel/parser';
import type { Declaration, Position } from '../model.js';
import { fromCss } from './css.js';
import { append, directiveFrom, SourceSyntaxError, type ParsedSource } from './shared.js';
import { fromClassList } from './tailwind.js';

export interface JsFrontendOptions {
  file?: string;
  /** Dialect; derived from `file` when omitted. */
  typescript?: boolean;
  jsx?: boolean;
  /** Treat object arguments of every call as style objects (vanilla-extract `.css.ts` files). */
  styleFile?: boolean;
  /** Token path → CSS variable name; lets `vars.color.text.default` count as that variable. */
  tokenVar?: (path: string) => string | undefined;
}

// Minimal structural view of Babel nodes; the parser's own types are not part of our API.
interface N {
  type: string;
  start?: number | null;
  end?: number | null;
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
  [key: string]: unknown;
}

const STYLE_CALLS = new Set([
  'style', 'globalStyle', 'recipe', 'styleVariants', 'keyframes', 'globalKeyframes', 'fontFace', 'globalFontFace',
  'css', 'createTheme', 'createGlobalTheme', 'styled',
]);
const CLASS_CALLS = new Set(['clsx', 'cn', 'cx', 'classnames', 'classNames', 'twMerge', 'twJoin', 'cva', 'tv']);
const TEMPLATE_TAGS = new Set(['css', 'styled', 'createGlobalStyle', 'keyframes', 'injectGlobal', 'global']);
const SVG_TAGS = new Set(['svg', 'path', 'circle', 'rect', 'g', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan', 'textPath', 'use', 'symbol', 'stop']);
const SVG_TEXT = new Set(['text', 'tspan', 'textPath']);
const PAINT_PROPS: Record<string, string> = { fill: 'fill', stroke: 'stroke', color: 'color', stopColor: 'stop-color' };
const UNITLESS = new Set([
  'lineHeight', 'fontWeight', 'opacity', 'zIndex', 'flex', 'flexGrow', 'flexShrink', 'order', 'zoom', 'aspectRatio',
  'columnCount', 'orphans', 'widows', 'tabSize', 'scale', 'animationIterationCount', 'gridRow', 'gridColumn',
  'gridRowStart', 'gridRowEnd', 'gridColumnStart', 'gridColumnEnd', 'fillOpacity', 'strokeOpacity', 'strokeWidth',
]);
/** Words that every handled construct contains (style props and calls, class lists, SVG paint, templates, Tailwind). */
const MAY_STYLE = /style|class|css|sx|fill|stroke|color|keyframes|fontFace|createTheme|createGlobal|global|clsx|\bc[nx]\(|twMerge|twJoin|\bcva\(|\btv\(|-\[/i;
const SKIP_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range']);

function isNode(x: unknown): x is N {
  return typeof x === 'object' && x !== null && typeof (x as N).type === 'string';
}

function kebab(key: string): string {
  if (key.startsWith('--')) return key;
  const k = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return k.startsWith('ms-') ? `-${k}` : k;
}

function posOf(node: N): Position {
  const s = node.loc?.start ?? { line: 1, column: 0 };
  return { line: s.line, column: s.column + 1 };
}

/** The root identifier of `a.b.c`, `a(x)`, `a.b(x).c`. */
function rootName(node: N): string | undefined {
  let n: N | undefined = node;
  while (n) {
    if (n.type === 'Identifier') return n.name as string;
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') n = n.object as N;
    else if (n.type === 'CallExpression') n = n.callee as N;
    else return undefined;
  }
  return undefined;
}

function memberPath(node: N): string[] | undefined {
  const parts: string[] = [];
  let n: N = node;
  while (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
    const p = n.property as N;
    if (!n.computed && p.type === 'Identifier') parts.unshift(p.name as string);
    else if (n.computed && (p.type === 'StringLiteral' || p.type === 'NumericLiteral')) parts.unshift(String(p.value));
    else return undefined;
    n = n.object as N;
  }
  if (n.type !== 'Identifier') return undefined;
  parts.unshift(n.name as string);
  return parts;
}

export function fromJs(text: string, options: JsFrontendOptions = {}): ParsedSource {
  const file = options.file;
  const ts = options.typescript ?? /\.[cm]?tsx?$/i.test(file ?? '');
  const jsx = options.jsx ?? (!/\.[cm]?ts$/i.test(file ?? '') || /\.tsx$/i.test(file ?? ''));
  const styleFile = options.styleFile ?? /\.css\.[cm]?[jt]s$/i.test(file ?? '');
  // A file that mentions none of the constructs below cannot produce a declaration; skipping the
  // parse roughly halves the cost of a typical app, where most modules hold no styling at all.
  if (!styleFile && !MAY_STYLE.test(text)) return { declarations: [], directives: [] };
  const plugins: ParserPlugin[] = ['decorators-legacy'];
  if (ts) plugins.push('typescript');
  if (jsx) plugins.push('jsx');
  let ast: N & { comments?: N[] };
  try {
    ast = parse(text, { sourceType: 'unambiguous', plugins, errorRecovery: false, allowReturnOutsideFunction: true, attachComment: false }) as unknown as N;
  } catch (error) {
    // Out of stack or memory is a resource limit, not a syntax error: let it through as it is.
    if (error instanceof RangeError) throw error;
    const e = error as { message: string; loc?: { line: number; column: number } };
    throw new SourceSyntaxError(e.message.replace(/\s*\(\d+:\d+\)\s*$/, ''), e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
  }
  const declarations: Declaration[] = [];
  const directives: ParsedSource['directives'] = [];
  const syntaxErrors: NonNullable<ParsedSource['syntaxErrors']> = [];
  const where = file !== undefined ? { file } : {};
  const themeSuggestions = true;

  for (const c of ast.comments ?? []) {
    const d = c.loc && directiveFrom(String(c.value), c.loc.end.line);
    if (d) directives.push(d);
  }

  const tokenValue = (node: N): string | undefined => {
    const path = memberPath(node);
    if (!path || !options.tokenVar) return undefined;
    for (let drop = 1; drop <= 2 && drop < path.length; drop++) {
      const v = options.tokenVar(path.slice(drop).join('.'));
      if (v) return `var(${v})`;
    }
    return undefined;
  };

  /** Text of a template literal with each expression replaced by its token variable or an unknown marker. */
  const templateText = (node: N): string => {
    const quasis = node.quasis as N[];
    const exprs = node.expressions as N[];
    let out = '';
    quasis.forEach((q, i) => {
      out += String((q.value as { cooked?: string; raw: string }).cooked ?? (q.value as { raw: string }).raw);
      const e = exprs[i];
      if (e) out += valueText(e, '') ?? '__gbg_expression__';
    });
    return out;
  };

  function valueText(node: N, key: string): string | undefined {
    switch (node.type) {
      case 'StringLiteral':
        return node.value as string;
      case 'NumericLiteral':
        return UNITLESS.has(key) || node.value === 0 ? String(node.value) : `${String(node.value)}px`;
      case 'TemplateLiteral':
        return templateText(node);
      case 'MemberExpression':
        return tokenValue(node);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'ParenthesizedExpression':
        return valueText(node.expression as N, key);
      default:
        return undefined;
    }
  }

  /** Every value an expression can take that we can read (both branches of `a ? b : c`, array fallbacks). */
  function candidates(node: N): N[] {
    if (node.type === 'ConditionalExpression') return [...candidates(node.consequent as N), ...candidates(node.alternate as N)];
    if (node.type === 'LogicalExpression') return [...candidates(node.left as N), ...candidates(node.right as N)];
    if (node.type === 'ArrayExpression') return (node.elements as (N | null)[]).filter(isNode).flatMap(candidates);
    if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') return candidates(node.expression as N);
    return [node];
  }

  /**
   * One style object = one block. `parentBlock` is the block of the same element's base style;
   * `container` marks vanilla-extract's `selectors` and `@media`/`@supports` wrappers, whose
   * entries style that same element.
   */
  function styleObject(obj: N, selector: string, extra: Partial<Declaration['context']> = {}, parentBlock?: string, container?: 'selectors' | 'at'): void {
    const block = `${file ?? ''}@${obj.start ?? ''}`;
    const element = container ? parentBlock : block;
    for (const prop of obj.properties as N[]) {
      if (prop.type !== 'ObjectProperty') continue;
      const k = prop.key as N;
      let key: string;
      if (!prop.computed && k.type === 'Identifier') key = k.name as string;
      else if (k.type === 'StringLiteral' || k.type === 'NumericLiteral') key = String(k.value);
      else key = '--computed';
      const value = prop.value as N;
      if (value.type === 'ObjectExpression') {
        if (key === 'selectors' || key.startsWith('@')) {
          styleObject(value, selector, extra, element, key === 'selectors' ? 'selectors' : 'at');
          continue;
        }
        // `':hover'`, `'&:hover'`, `'&.is-open'` style the same element as the enclosing style.
        const sameElement = container === 'at' || /^(&?[:[]|&\.)/.test(key) ? element : undefined;
        styleObject(value, /^[&:@[.#>+~*]|\s/.test(key) ? key : `${selector} ${key}`.trim(), extra, sameElement);
        continue;
      }
      const property = kebab(key);
      for (const v of candidates(value)) {
        const text = valueText(v, key);
        if (text === undefined) continue;
        const pos = posOf(v);
        const decl: Declaration = {
          property,
          value: text,
          ...where,
          line: pos.line,
          column: pos.column,
          selector,
          context: { origin: 'js', block, themeSuggestions, ...extra },
        };
        if (parentBlock !== undefined) decl.context.inherits = parentBlock;
        if (v.type === 'StringLiteral' && text === String((v.extra as { raw?: string } | undefined)?.raw ?? '').slice(1, -1)) {
          decl.context.valueStart = { line: pos.line, column: pos.column + 1 };
        } else if (v.type === 'TemplateLiteral' && (v.expressions as N[]).length === 0 && text === (((v.quasis as N[])[0]!.value as { raw: string }).raw)) {
          decl.context.valueStart = { line: pos.line, column: pos.column + 1 };
        }
        declarations.push(decl);
      }
    }
  }

  const classHandled = new Set<N>();
  function classStrings(node: N, block: string): void {
    classHandled.add(node);
    if (node.type === 'StringLiteral') {
      const pos = posOf(node);
      append(declarations, fromClassList(node.value as string, { line: pos.line, column: pos.column + 1 }, { ...where, block, themeSuggestions }));
      return;
    }
    if (node.type === 'TemplateLiteral') {
      for (const q of node.quasis as N[]) {
        const pos = posOf(q);
        append(declarations, fromClassList((q.value as { raw: string }).raw, pos, { ...where, block, themeSuggestions }));
      }
    }
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) isNode(c) && classStrings(c, block);
      else if (isNode(child) && node.type !== 'TemplateLiteral') classStrings(child, block);
    }
  }

  function template(quasi: N, selector: string): void {
    const quasis = quasi.quasis as N[];
    const exprs = quasi.expressions as N[];
    const first = quasis[0]!;
    const start = first.start ?? 0;
    const end = quasis[quasis.length - 1]!.end ?? start;
    let css = '';
    let last = start;
    const substitutions: { start: number; end: number; text: string | undefined }[] = [];
    exprs.forEach((e, i) => {
      // `${…}` spans from the end of one quasi to the start of the next; mask it with a comment
      // of the same length (keeping newlines) so offsets in the CSS equal offsets in the file.
      const a = quasis[i]!.end ?? 0;
      const b = quasis[i + 1]!.start ?? a;
      css += text.slice(last, a);
      const inner = text.slice(a + 2, b - 2).replace(/[^\n]/g, ' ');
      css += `/*${inner}*/`;
      substitutions.push({ start: a - start, end: b - start, text: valueText(e, '') });
      last = b;
    });
    css += text.slice(last, end);
    const rootBlock = `${file ?? ''}@${quasi.start ?? ''}`;
    try {
      const r = fromCss(css, 'scss', { ...where, origin: 'js', base: posOf(first), rootBlock, themeSuggestions, substitutions });
      for (const d of r.declarations) d.selector ??= selector;
      append(declarations, r.declarations);
      append(directives, r.directives);
    } catch (error) {
      if (error instanceof RangeError) throw error;
      const e = error as SourceSyntaxError;
      syntaxErrors.push({ message: e.message, line: e.line, column: e.column });
    }
  }

  function jsxElement(opening: N): void {
    const nameNode = opening.name as N;
    const tag = nameNode.type === 'JSXIdentifier' ? (nameNode.name as string) : undefined;
    const block = `${file ?? ''}@${opening.start ?? ''}`;
    for (const attr of opening.attributes as N[]) {
      if (attr.type !== 'JSXAttribute') continue;
      const name = (attr.name as N).name as string;
      const value = attr.value as N | null;
      if (!value) continue;
      const expr = value.type === 'JSXExpressionContainer' ? (value.expression as N) : value;
      if ((name === 'style' || name === 'sx' || name === 'css') && expr.type === 'ObjectExpression') {
        styleObject(expr, tag ?? 'element', {});
        // Inline style and Tailwind classes of one element form one block for contrast.
        for (const d of declarations) if (d.context.block === `${file ?? ''}@${expr.start ?? ''}`) d.context.block = block;
      } else if (name === 'className' || name === 'class') {
        classStrings(expr, block);
      } else if (tag && SVG_TAGS.has(tag) && PAINT_PROPS[name] && expr.type === 'StringLiteral') {
        const pos = posOf(attr);
        const vpos = posOf(expr);
        const d: Declaration = {
          property: PAINT_PROPS[name]!,
          value: expr.value as string,
          ...where,
          line: pos.line,
          column: pos.column,
          selector: tag,
          context: { origin: 'svg-attribute', block, themeSuggestions, valueStart: { line: vpos.line, column: vpos.column + 1 } },
        };
        if (name === 'fill' && SVG_TEXT.has(tag)) d.context.paints = 'svg-text';
        else if (name === 'color' || name === 'stopColor') d.context.paints = SVG_TEXT.has(tag) ? 'svg-text' : 'icon';
        declarations.push(d);
      }
    }
  }

  const seen = new Set<N>();
  function walk(node: N): void {
    switch (node.type) {
      case 'JSXOpeningElement':
        jsxElement(node);
        break;
      case 'CallExpression': {
        const callee = node.callee as N;
        const name = rootName(callee);
        const direct = callee.type === 'Identifier' ? (callee.name as string) : undefined;
        if ((name && STYLE_CALLS.has(name)) || styleFile) {
          // `style([base, { … }])` composes: objects inside an array argument are style objects too.
          const args = (node.arguments as N[]).flatMap((a) => (a.type === 'ArrayExpression' ? (a.elements as (N | null)[]).filter(isNode) : [a]));
          for (const arg of args) {
            if (arg.type === 'ObjectExpression' && !seen.has(arg)) {
              seen.add(arg);
              styleObject(arg, direct ?? name ?? 'style');
            }
          }
        }
        if (direct && CLASS_CALLS.has(direct)) {
          const block = `${file ?? ''}@${node.start ?? ''}`;
          for (const arg of node.arguments as N[]) classStrings(arg, block);
        }
        break;
      }
      case 'StringLiteral':
        // Tailwind scans every string in the source, so class lists built elsewhere
        // (`const danger = 'text-[#d24723]'`) count too.
        if (!classHandled.has(node) && (node.value as string).includes('-[')) {
          const pos = posOf(node);
          append(declarations, fromClassList(node.value as string, { line: pos.line, column: pos.column + 1 }, { ...where, block: `${file ?? ''}@${node.start ?? ''}`, themeSuggestions }));
        }
        break;
      case 'TaggedTemplateExpression': {
        const name = rootName(node.tag as N);
        if (name && TEMPLATE_TAGS.has(name)) template(node.quasi as N, name);
        break;
      }
    }
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) walk(c);
      } else if (isNode(child)) walk(child);
    }
  }
  walk(ast);
  return syntaxErrors.length ? { declarations, directives, syntaxErrors } : { declarations, directives };
}
