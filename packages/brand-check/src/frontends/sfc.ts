/**
 * Single-file components: Vue (`@vue/compiler-sfc`) and Svelte (`svelte/compiler`), both optional
 * peer dependencies — a project that has `.vue` or `.svelte` files has its framework's compiler.
 * The compiler finds the blocks; each block is then read by the front end for its language, on
 * a copy of the file with everything else blanked out, so lines and columns stay the file's own.
 */
import { createRequire } from 'node:module';
import { fromCss, type CssSyntax } from './css.js';
import { fromHtml } from './html.js';
import { fromJs } from './js.js';
import { MissingParserError, SourceSyntaxError, positionAt, type ParsedSource } from './shared.js';

const require = createRequire(import.meta.url);

function load<T>(id: string, fileType: string): T {
  try {
    return require(id) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw new MissingParserError(`${fileType} files need ${id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/')}; install it in the project (it is an optional peer dependency of @goteborgsstad/brand-check).`);
    }
    throw error;
  }
}

/** The text with everything outside [start, end) replaced by spaces (line breaks kept). */
function only(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

function blankRanges(text: string, ranges: readonly [number, number][]): string {
  let out = text;
  for (const [a, b] of ranges) out = out.slice(0, a) + out.slice(a, b).replace(/[^\n\r]/g, ' ') + out.slice(b);
  return out;
}

function merge(parts: readonly ParsedSource[]): ParsedSource {
  const out: ParsedSource = { declarations: [], directives: [] };
  const errors: NonNullable<ParsedSource['syntaxErrors']> = [];
  for (const p of parts) {
    for (const d of p.declarations) out.declarations.push(d);
    for (const d of p.directives) out.directives.push(d);
    for (const e of p.syntaxErrors ?? []) errors.push(e);
  }
  if (errors.length) out.syntaxErrors = errors;
  return out;
}

const STYLE_LANGS: Record<string, CssSyntax> = { css: 'css', scss: 'scss', sass: 'sass', less: 'less', postcss: 'css', pcss: 'css' };

function styleSyntax(lang: string | undefined, file: string): CssSyntax {
  const syntax = STYLE_LANGS[(lang ?? 'css').toLowerCase()];
  if (!syntax) throw new SourceSyntaxError(`<style lang="${lang}"> is not supported in ${file} (css, scss, sass, less)`, 1, 1);
  return syntax;
}

function script(text: string, start: number, end: number, lang: string | undefined, file: string, tokenVar: (p: string) => string | undefined): ParsedSource {
  const ts = /^tsx?$/i.test(lang ?? '');
  // Parse the block under a name whose extension tells the JS front end the dialect.
  const parsed = fromJs(only(text, start, end), { file: `${file}.${ts ? 'tsx' : 'jsx'}`, tokenVar });
  for (const d of parsed.declarations) d.file = file;
  return parsed;
}

interface VueBlock {
  content: string;
  lang?: string;
  loc: { start: { offset: number }; end: { offset: number } };
}

export function fromVue(text: string, file: string, tokenVar: (p: string) => string | undefined): ParsedSource {
  const { parse } = load<{ parse(src: string, o: object): { descriptor: { template: VueBlock | null; script: VueBlock | null; scriptSetup: VueBlock | null; styles: VueBlock[] }; errors: (Error & { loc?: { start: { line: number; column: number } } })[] } }>('@vue/compiler-sfc', 'Vue');
  const { descriptor, errors } = parse(text, { filename: file, sourceMap: false, ignoreEmpty: false });
  if (errors.length) {
    const e = errors[0]!;
    throw new SourceSyntaxError(e.message, e.loc?.start.line ?? 1, e.loc?.start.column ?? 1);
  }
  const parts: ParsedSource[] = [];
  if (descriptor.template && !descriptor.template.lang) {
    parts.push(fromHtml(only(text, descriptor.template.loc.start.offset, descriptor.template.loc.end.offset), { file }));
  }
  for (const s of [descriptor.script, descriptor.scriptSetup]) if (s) parts.push(script(text, s.loc.start.offset, s.loc.end.offset, s.lang, file, tokenVar));
  for (const s of descriptor.styles) {
    parts.push(fromCss(only(text, s.loc.start.offset, s.loc.end.offset), styleSyntax(s.lang, file), { file }));
  }
  return merge(parts);
}

interface SvelteNode {
  start: number;
  end: number;
  attributes?: { name: string; value: unknown }[];
  content?: { start: number; end: number };
}

function langOf(node: SvelteNode): string | undefined {
  const a = node.attributes?.find((x) => x.name === 'lang' || x.name === 'type');
  const v = a?.value;
  const first = Array.isArray(v) ? (v[0] as { data?: string } | undefined) : undefined;
  const raw = first?.data ?? (typeof v === 'string' ? v : undefined);
  return raw?.replace(/^text\//, '');
}

/** Top-level `<style>` blocks, found before parsing: Svelte's parser reads style text as plain CSS. */
const STYLE_BLOCK = /<style(\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi;

export function fromSvelte(text: string, file: string, tokenVar: (p: string) => string | undefined): ParsedSource {
  const { parse } = load<{ parse(src: string, o: object): { instance?: SvelteNode | null; module?: SvelteNode | null } }>('svelte/compiler', 'Svelte');
  const styles: { start: number; end: number; lang: string | undefined; open: number; close: number }[] = [];
  for (const m of text.matchAll(STYLE_BLOCK)) {
    const open = m.index;
    const start = open + m[0].indexOf('>') + 1;
    const end = start + m[2]!.length;
    const lang = /\blang\s*=\s*["']?([\w-]+)/i.exec(m[1] ?? '')?.[1];
    styles.push({ start, end, lang, open, close: open + m[0].length });
  }
  let ast;
  try {
    ast = parse(blankRanges(text, styles.map((s) => [s.start, s.end])), { modern: true, filename: file });
  } catch (error) {
    const e = error as Error & { start?: { line: number; column: number }; position?: [number, number] };
    const pos = e.start ? { line: e.start.line, column: e.start.column + 1 } : e.position ? positionAt(text, e.position[0]) : { line: 1, column: 1 };
    throw new SourceSyntaxError(e.message.split('\n')[0]!, pos.line, pos.column);
  }
  const parts: ParsedSource[] = [];
  const scripts = [ast.instance, ast.module].filter((s): s is SvelteNode => !!s);
  for (const s of scripts) if (s.content) parts.push(script(text, s.content.start, s.content.end, langOf(s), file, tokenVar));
  for (const s of styles) parts.push(fromCss(only(text, s.start, s.end), styleSyntax(s.lang, file), { file }));
  // The markup: the file without its scripts and styles. `{expressions}` in attributes are
  // not CSS, so a style attribute that holds one is not reported as broken.
  const markup = blankRanges(text, [...scripts.map((s) => [s.start, s.end] as [number, number]), ...styles.map((s) => [s.open, s.close] as [number, number])]);
  const html = fromHtml(markup, { file });
  delete html.syntaxErrors;
  parts.push(html);
  return merge(parts);
}
