/**
 * HTML through parse5: `<style>` elements, `style` attributes, SVG paint attributes and
 * Tailwind arbitrary values in `class`.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Declaration, Position } from '../model.js';
import { fromCss } from './css.js';
import { append, directiveFrom, LineIndex, SourceSyntaxError, type ParsedSource } from './shared.js';
import { fromClassList } from './tailwind.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TEXT = new Set(['text', 'tspan', 'textPath']);
const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color', 'stop-color'];

export interface HtmlFrontendOptions {
  file?: string;
  url?: string;
}

/** Where an attribute's value text starts (after `name=` and the quote). */
function attributeValueStart(html: string, start: number, end: number): number {
  const eq = html.indexOf('=', start);
  if (eq === -1 || eq >= end) return end;
  let i = eq + 1;
  while (i < end && /\s/.test(html[i]!)) i++;
  if (html[i] === '"' || html[i] === "'") i++;
  return i;
}

export function fromHtml(html: string, options: HtmlFrontendOptions = {}): ParsedSource {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const lines = new LineIndex(html);
  const declarations: Declaration[] = [];
  const directives: ParsedSource['directives'] = [];
  const where = options.file !== undefined ? { file: options.file } : options.url !== undefined ? { url: options.url } : {};
  const errors: { message: string; pos: Position }[] = [];

  const visit = (node: Node): void => {
    if (node.nodeName === '#comment') {
      const loc = (node as DefaultTreeAdapterMap['commentNode']).sourceCodeLocation;
      const d = loc && directiveFrom((node as DefaultTreeAdapterMap['commentNode']).data, loc.endLine);
      if (d) directives.push(d);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      return;
    }
    const el = node as Element;
    const loc = el.sourceCodeLocation;
    const block = `${options.file ?? options.url ?? ''}#${loc?.startOffset ?? ''}`;
    if (el.tagName === 'style') {
      const text = el.childNodes[0];
      if (text && text.nodeName === '#text' && text.sourceCodeLocation) {
        const tl = text.sourceCodeLocation;
        try {
          const r = fromCss((text as DefaultTreeAdapterMap['textNode']).value, 'css', {
            ...options,
            origin: 'html',
            base: { line: tl.startLine, column: tl.startCol },
          });
          append(declarations, r.declarations);
          append(directives, r.directives);
        } catch (error) {
          if (error instanceof RangeError) throw error;
          const e = error as SourceSyntaxError;
          errors.push({ message: e.message, pos: { line: e.line ?? tl.startLine, column: e.column ?? tl.startCol } });
        }
      }
    }
    for (const attr of el.attrs) {
      const aloc = loc?.attrs?.[attr.name];
      if (!aloc) continue;
      const valueOffset = attributeValueStart(html, aloc.startOffset, aloc.endOffset);
      const valuePos = lines.at(valueOffset);
      if (attr.name === 'style') {
        try {
          const r = fromCss(attr.value, 'css', { ...options, origin: 'html', base: valuePos, rootBlock: block });
          for (const d of r.declarations) d.selector ??= el.tagName;
          append(declarations, r.declarations);
        } catch (error) {
          if (error instanceof RangeError) throw error;
          errors.push({ message: (error as Error).message, pos: valuePos });
        }
      } else if (attr.name === 'class') {
        append(declarations, fromClassList(attr.value, valuePos, { ...options, block }));
      } else if (el.namespaceURI === SVG_NS && PAINT_ATTRIBUTES.includes(attr.name)) {
        const start = lines.at(aloc.startOffset);
        const d: Declaration = {
          property: attr.name,
          value: attr.value,
          ...where,
          line: start.line,
          column: start.column,
          selector: el.tagName,
          context: { origin: 'svg-attribute', block, valueStart: valuePos },
        };
        if (attr.name === 'fill' && SVG_TEXT.has(el.tagName)) d.context.paints = 'svg-text';
        else if (attr.name === 'color' || attr.name === 'stop-color') d.context.paints = SVG_TEXT.has(el.tagName) ? 'svg-text' : 'icon';
        declarations.push(d);
      }
    }
    const content = (el as Element & { content?: Node }).content;
    if (content) visit(content);
    for (const child of el.childNodes) visit(child);
  };
  visit(document);
  // A broken style attribute or `<style>` element does not hide the rest of the page.
  const syntaxErrors = errors.map((x) => ({ message: x.message, line: x.pos.line, column: x.pos.column }));
  return syntaxErrors.length ? { declarations, directives, syntaxErrors } : { declarations, directives };
}
