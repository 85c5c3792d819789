/**
 * The rule engine: pure functions over normalised declarations. No file system, no browser.
 */
import { blend, parse, wcagContrast, type Color } from 'culori';
import { loadBrand, lengthToPx, toHex, type Brand } from './brand.js';
import { MESSAGES, type Locale, type Messages } from './messages.js';
import { RULES, type Declaration, type Finding, type LogoObservation, type RuleId, type Severity, type SeveritySetting } from './model.js';
import { advance, backgroundColorOf, isKeyword, scanColors, scanLengths, soleColor, soleReference } from './values.js';

export interface EngineOptions {
  /** Brand data; defaults to the installed @goteborgsstad/tokens. */
  brand?: Brand;
  /** Per-rule severity overrides; `off` disables a rule. */
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  /** Message language. @default 'sv' */
  locale?: Locale;
  /**
   * @deprecated Ignored. A colour is a palette colour exactly when it converts to the same 8-bit
   * sRGB value; there is no tolerance to tune.
   */
  paletteTolerance?: number;
}

const TEXT_PROPERTIES = new Set(['color', '-webkit-text-fill-color', '-webkit-text-stroke-color']);
const ICON_PROPERTIES = new Set(['fill', 'stroke']);
const SPACING = /^(margin|padding|gap|row-gap|column-gap|inset|top|right|bottom|left|scroll-margin|scroll-padding)(-|$)/;
const RADIUS = /^border(-[a-z]+)*-radius$/;
/** Pseudo-properties for SCSS mixin arguments: colour literals, never variables. */
const AT_RULE_ARGUMENTS = new Set(['@include', '@mixin', '@function', '@return']);
const BLACK = parse('#000000')!;
const WHITE = parse('#ffffff')!;

interface Resolved {
  light?: Color;
  dark?: Color;
  /** How to name the colour in a message: the literal or the variable. */
  label: string;
}

interface Ctx {
  brand: Brand;
  m: Messages;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  locals: Map<string, string>;
  out: Finding[];
  strings: Map<string, string>;
}

function severityOf(ctx: Ctx, rule: RuleId): Severity | undefined {
  const s = ctx.severities[rule] ?? RULES[rule].severity;
  return s === 'off' ? undefined : s;
}

/**
 * One copy of each repeated text: a file with a million findings repeats the same few messages,
 * values and suggestions, and holding one string per finding would take gigabytes.
 */
function intern(ctx: Ctx, text: string): string {
  const hit = ctx.strings.get(text);
  if (hit !== undefined) return hit;
  if (ctx.strings.size >= 50_000) ctx.strings.clear();
  ctx.strings.set(text, text);
  return text;
}

function push(ctx: Ctx, rule: RuleId, d: Pick<Declaration, 'file' | 'url' | 'selector'>, pos: { line: number; column: number }, message: string, value: string, suggestion?: string): void {
  const severity = severityOf(ctx, rule);
  if (!severity) return;
  const f: Finding = { rule, severity, line: pos.line, column: pos.column, message: intern(ctx, message), value: intern(ctx, value) };
  if (d.file !== undefined) f.file = d.file;
  if (d.url !== undefined) f.url = d.url;
  if (d.selector !== undefined) f.selector = d.selector;
  if (suggestion !== undefined) f.suggestion = intern(ctx, suggestion);
  ctx.out.push(f);
}

function scopeOf(d: Declaration): string {
  return d.file ?? d.url ?? '';
}

function isOpaque(c: Color): boolean {
  return c.alpha === undefined || c.alpha >= 1;
}

function sameAs(c: Color, ref: Color): boolean {
  return toHex(c) === toHex(ref);
}

function isBlackOrWhite(c: Color): boolean {
  return isOpaque(c) && (sameAs(c, BLACK) || sameAs(c, WHITE));
}

const tokenColors = new WeakMap<Brand, Map<string, { light: Color; dark?: Color } | null>>();

/** A brand token variable's colour(s), parsed once per brand. */
function tokenColor(brand: Brand, name: string): { light: Color; dark?: Color } | undefined {
  let cache = tokenColors.get(brand);
  if (!cache) tokenColors.set(brand, (cache = new Map()));
  let hit = cache.get(name);
  if (hit === undefined) {
    const token = brand.varValues.get(name);
    const light = token ? parse(token.value) : undefined;
    const dark = token?.darkValue === undefined ? undefined : parse(token.darkValue);
    hit = light ? (dark ? { light, dark } : { light }) : null;
    cache.set(name, hit);
  }
  return hit ?? undefined;
}

/** Resolve a whole declaration value to a colour, following brand token variables and same-file variables. */
function resolveColor(ctx: Ctx, d: Declaration, value: string, depth = 0): Resolved | undefined {
  if (depth > 8 || isKeyword(value)) return undefined;
  const literal = soleColor(value, d.property);
  if (literal) return { light: literal, label: value.trim() };
  const ref = soleReference(value);
  if (!ref) return undefined;
  const token = tokenColor(ctx.brand, ref.startsWith('$') ? ref.replace(/^\$/, '--') : ref);
  if (token) return { ...token, label: value.trim() };
  const local = ctx.locals.get(`${scopeOf(d)}\0${ref}`);
  if (local !== undefined) {
    const r = resolveColor(ctx, d, local, depth + 1);
    return r ? { ...r, label: value.trim() } : undefined;
  }
  // `var(--unknown, fallback)`: the fallback is what renders when nothing defines the variable.
  const m = /^var\(\s*--[\w-]+\s*,\s*([\s\S]+)\)$/i.exec(value.trim());
  if (m?.[1]) return resolveColor(ctx, d, m[1], depth + 1);
  return undefined;
}

function cssVarFor(ctx: Ctx, path: string): string {
  return ctx.brand.pathToVar.get(path) ?? `--gbg-${path.replace(/\./g, '-')}`;
}

/** `color.text.default` → `vars.color.text.default`; `space.4` → `vars.space[4]`. */
export function themeEntry(path: string): string {
  return (
    'vars' +
    path
      .split('.')
      .map((s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : /^\d+$/.test(s) ? `[${s}]` : `['${s}']`))
      .join('')
  );
}

function suggest(ctx: Ctx, d: Declaration, path: string): string {
  return d.context.themeSuggestions ? themeEntry(path) : `var(${cssVarFor(ctx, path)})`;
}

function positionOf(d: Declaration, index: number): { line: number; column: number } {
  return d.context.valueStart ? advance(d.context.valueStart, d.value, index) : { line: d.line, column: d.column };
}

function paintsOf(d: Declaration): 'text' | 'icon' | 'svg-text' | undefined {
  if (d.context.paints) return d.context.paints;
  if (TEXT_PROPERTIES.has(d.property)) return 'text';
  if (ICON_PROPERTIES.has(d.property)) return 'icon';
  return undefined;
}

/** Semantic token families that fit a property, most specific first. */
function colorFamilies(property: string): string[] {
  if (TEXT_PROPERTIES.has(property) || property === 'text-decoration-color' || property === 'caret-color') return ['color.text.', 'color.link.'];
  if (property.startsWith('background')) return ['color.surface.', 'color.action.'];
  if (property.startsWith('border') || property.startsWith('outline')) return ['color.border.', 'color.focus.'];
  if (ICON_PROPERTIES.has(property)) return ['color.icon.'];
  return [];
}

function colorSuggestion(ctx: Ctx, d: Declaration, hex: string): string | undefined {
  for (const family of colorFamilies(d.property)) {
    const hit = ctx.brand.colorTokens.find((t) => t.path.startsWith(family) && t.hex === hex && (!family.endsWith('action.') || t.path.endsWith('.background')));
    if (hit) return suggest(ctx, d, hit.path);
  }
  const entry = ctx.brand.byHex.get(hex);
  return entry ? suggest(ctx, d, entry.token) : undefined;
}

function checkPaint(ctx: Ctx, d: Declaration): void {
  const paints = paintsOf(d);
  if (!paints) return;
  const r = resolveColor(ctx, d, d.value);
  if (!r?.light) return;
  const bad = [r.light, r.dark].find((c) => c && !isBlackOrWhite(c));
  if (!bad) return;
  const pos = positionOf(d, d.value.length - d.value.trimStart().length);
  const translucent = !isOpaque(bad) && (sameAs({ ...bad, alpha: 1 }, BLACK) || sameAs({ ...bad, alpha: 1 }, WHITE));
  if (paints === 'icon') {
    push(ctx, 'icon-color', d, pos, ctx.m.iconColor(r.label), d.value.trim(), d.context.themeSuggestions ? themeEntry('color.icon.default') : 'currentColor');
    return;
  }
  const message = paints === 'svg-text' ? ctx.m.svgTextColor(r.label) : ctx.m.textColor(r.label, translucent);
  push(ctx, 'text-color', d, pos, message, d.value.trim(), suggest(ctx, d, 'color.text.default'));
}

function checkLiterals(ctx: Ctx, d: Declaration): void {
  const computed = d.context.origin === 'computed';
  // The design system's own token definitions are where literals belong.
  const ownDefinition = d.property.startsWith('--gbg-') || d.property.startsWith('$gbg-') || d.property.startsWith('@gbg-');
  for (const lit of scanColors(d.value, d.property)) {
    const opaque = { ...lit.color, alpha: 1 } as Color;
    // One rule: a colour is a palette colour when it is one after conversion to 8-bit sRGB
    // (the rounding any colour-space conversion introduces); anything else is off-palette,
    // however close, and the message names the nearest palette colour.
    const hex = toHex(opaque);
    const exact = ctx.brand.byHex.get(hex);
    if (!exact) {
      const near = ctx.brand.nearest(opaque);
      const n = near.entry;
      push(ctx, 'palette', d, positionOf(d, lit.index), ctx.m.palette(lit.text, {
        nameSv: n.nameSv,
        nameEn: n.nameEn,
        hex: n.hex.toUpperCase(),
        deltaE: near.deltaE.toFixed(1),
        token: n.token,
        cssVar: n.cssVar,
      }), lit.text, suggest(ctx, d, n.token));
    } else if (!computed && !ownDefinition && !exact.theme && isOpaque(lit.color)) {
      // A translucent literal (a shadow, an overlay) has no opaque token to replace it with.
      const suggestion = colorSuggestion(ctx, d, exact.hex.toLowerCase());
      if (suggestion) push(ctx, 'raw-value', d, positionOf(d, lit.index), ctx.m.rawColor(lit.text, suggestion), lit.text, suggestion);
    }
  }
  if (computed || ownDefinition) return;
  const property = d.property;
  const scale = SPACING.test(property)
    ? { kind: 'spacing' as const, map: ctx.brand.space }
    : property === 'font-size'
      ? { kind: 'font-size' as const, map: ctx.brand.fontSize }
      : RADIUS.test(property)
        ? { kind: 'radius' as const, map: ctx.brand.radius }
        : undefined;
  if (scale) {
    for (const len of scanLengths(d.value)) {
      const px = lengthToPx(len.text);
      const hit = px === undefined || px === 0 ? undefined : scale.map.get(Math.abs(px));
      if (!hit) continue;
      const suggestion = suggest(ctx, d, hit.path);
      push(ctx, 'raw-value', d, positionOf(d, len.index), ctx.m.rawLength(scale.kind, len.text, suggestion), len.text, suggestion);
    }
  }
  if (property === 'font-family') {
    const v = d.value.trim();
    if (!v || isKeyword(v) || /var\(|[$@]/.test(v) || ctx.brand.fontFamily.length === 0) return;
    const wantsMono = /mono|courier|consolas|menlo/i.test(v);
    const family = ctx.brand.fontFamily.find((f) => f.path.endsWith(wantsMono ? '.mono' : '.sans')) ?? ctx.brand.fontFamily[0]!;
    const suggestion = suggest(ctx, d, family.path);
    push(ctx, 'raw-value', d, positionOf(d, d.value.length - d.value.trimStart().length), ctx.m.rawFontFamily(v, suggestion), v, suggestion);
  }
}

function fontPx(ctx: Ctx, d: Declaration | undefined, fallback: string | undefined): number | undefined {
  const text = d?.value ?? fallback;
  if (text === undefined) return undefined;
  const ref = soleReference(text);
  const value = ref ? ctx.brand.varValues.get(ref)?.value : text;
  if (value === undefined) return undefined;
  const m = /^(\d*\.?\d+)(px|rem|pt)$/i.exec(value.trim());
  if (!m) return lengthToPx(value);
  const n = Number(m[1]);
  return m[2]!.toLowerCase() === 'pt' ? (n * 4) / 3 : m[2]!.toLowerCase() === 'rem' ? n * 16 : n;
}

function fontBold(d: Declaration | undefined, fallback: string | undefined): boolean {
  const v = (d?.value ?? fallback ?? '').trim().toLowerCase();
  return v === 'bold' || v === 'bolder' || Number(v) >= 700;
}

function over(fg: Color, bg: Color): Color {
  return isOpaque(fg) ? fg : blend([bg, fg], 'normal');
}

/**
 * Contrast inside one block. `own` holds the block's own declarations when `decls` also carries
 * inherited ones (a nested `&:hover` rule on the same element): a pair made only of inherited
 * declarations was already checked with the base rule.
 */
function checkBlock(ctx: Ctx, decls: Declaration[], own?: ReadonlySet<Declaration>): void {
  const last = (pred: (d: Declaration) => boolean): Declaration | undefined => {
    for (let i = decls.length - 1; i >= 0; i--) if (pred(decls[i]!)) return decls[i];
    return undefined;
  };
  const first = decls[0]!;
  const bgDecl = last((d) => d.property === 'background-color' || (d.property === 'background' && backgroundColorOf(d.value) !== undefined));
  let bg: Resolved | undefined;
  if (bgDecl) {
    const text = bgDecl.property === 'background' ? backgroundColorOf(bgDecl.value)! : bgDecl.value;
    bg = resolveColor(ctx, bgDecl, text);
  }
  const backdrop = first.context.background ? parse(first.context.background) : undefined;
  if (bg?.light && !isOpaque(bg.light)) bg = backdrop ? { light: over(bg.light, backdrop), label: bg.label } : undefined;
  if (!bg && backdrop) bg = { light: backdrop, label: first.context.background! };
  if (!bg?.light) return;

  const size = fontPx(ctx, last((d) => d.property === 'font-size'), first.context.fontSize);
  const bold = fontBold(last((d) => d.property === 'font-weight'), first.context.fontWeight);
  const large = size !== undefined && (size >= 24 || (bold && size >= 18.66));

  const pairs: { d: Declaration; min: number; ui: boolean }[] = [];
  const text = last((d) => {
    const p = paintsOf(d);
    return (p === 'text' || p === 'svg-text') && d.property !== '-webkit-text-stroke-color';
  });
  if (text) pairs.push({ d: text, min: large ? 3 : 4.5, ui: false });
  for (const d of decls) {
    if (d === text) continue;
    if (paintsOf(d) === 'icon' || d.context.uiPart) pairs.push({ d, min: 3, ui: true });
  }
  for (const { d: fgDecl, min, ui } of pairs) {
    if (own && !own.has(fgDecl) && !(bgDecl && own.has(bgDecl))) continue;
    // Report where the state changes: at the text colour if this block sets it, else at its background.
    const d = !own || own.has(fgDecl) || !bgDecl ? fgDecl : bgDecl;
    const fg = resolveColor(ctx, fgDecl, fgDecl.value);
    if (!fg?.light) continue;
    const themes: [Color | undefined, Color | undefined, string][] = [[fg.light, bg.light, '']];
    if (fg.dark || bg.dark) themes.push([fg.dark ?? fg.light, bg.dark ?? bg.light, ctx.m.darkTheme]);
    for (const [f, b, theme] of themes) {
      if (!f || !b) continue;
      const ratio = wcagContrast(over(f, b), b);
      if (ratio >= min) continue;
      const r = (Math.floor(ratio * 100) / 100).toFixed(2);
      const message = ui ? ctx.m.contrastUi(r, fg.label, bg.label, theme) : ctx.m.contrastText(r, fg.label, bg.label, String(min), large, theme);
      const better = wcagContrast(BLACK, b) >= wcagContrast(WHITE, b) ? 'color.text.default' : 'color.text.inverse';
      push(ctx, 'contrast', d, positionOf(d, d.value.length - d.value.trimStart().length), message, `${fg.label} / ${bg.label}`, ui ? undefined : suggest(ctx, d, better));
    }
  }
}

/** Run every rule over a batch of declarations (one file, one page, or one lint run). */
export function checkDeclarations(decls: readonly Declaration[], options: EngineOptions = {}): Finding[] {
  const ctx: Ctx = {
    brand: options.brand ?? loadBrand(),
    m: MESSAGES[options.locale ?? 'sv'],
    severities: options.severities ?? {},
    locals: new Map(),
    out: [],
    strings: new Map(),
  };
  for (const d of decls) {
    if (/^(--|\$|@)/.test(d.property) && !AT_RULE_ARGUMENTS.has(d.property)) ctx.locals.set(`${scopeOf(d)}\0${d.property}`, d.value);
  }
  const blocks = new Map<string, Declaration[]>();
  for (const d of decls) {
    checkPaint(ctx, d);
    checkLiterals(ctx, d);
    const key = d.context.block;
    if (key !== undefined) {
      const list = blocks.get(key);
      if (list) list.push(d);
      else blocks.set(key, [d]);
    }
  }
  // A nested state rule (`&:hover`) styles the same element as its base rule: it inherits the
  // base rule's text colour and background for contrast.
  const withInherited = (list: Declaration[], depth = 0): Declaration[] => {
    const parent = list[0]!.context.inherits;
    const base = parent !== undefined && depth < 8 ? blocks.get(parent) : undefined;
    return base ? [...withInherited(base, depth + 1), ...list] : list;
  };
  for (const list of blocks.values()) {
    if (list[0]!.context.inherits === undefined) checkBlock(ctx, list);
    else checkBlock(ctx, withInherited(list), new Set(list));
  }
  return ctx.out;
}

export interface LogoOptions {
  /** Minimum rendered size (CSS px) of the horizontal version. @default { width: 120, height: 40 } */
  minHorizontal?: { width: number; height: number };
  /** Minimum rendered size (CSS px) of the vertical version. @default { width: 64, height: 80 } */
  minVertical?: { width: number; height: number };
  /** Clear space on every side as a share of the rendered height. @default 0.25 */
  clearSpaceRatio?: number;
  /** Allowed deviation of the aspect ratio before the logo counts as distorted. @default 0.02 */
  aspectTolerance?: number;
}

export const LOGO_NAMES = ['Göteborgs Stad', 'City of Gothenburg'];

/** The `logo` rule over what a rendered-page front end observed. */
export function checkLogo(logo: LogoObservation, options: EngineOptions & LogoOptions = {}): Finding[] {
  const ctx: Ctx = {
    brand: options.brand ?? ({} as Brand),
    m: MESSAGES[options.locale ?? 'sv'],
    severities: options.severities ?? {},
    locals: new Map(),
    out: [],
    strings: new Map(),
  };
  const where = { line: logo.line ?? 1, column: logo.column ?? 1 };
  const d: Pick<Declaration, 'file' | 'url' | 'selector'> = {};
  if (logo.file !== undefined) d.file = logo.file;
  if (logo.url !== undefined) d.url = logo.url;
  if (logo.selector !== undefined) d.selector = logo.selector;
  if (logo.placeholder) push(ctx, 'logo', d, where, ctx.m.logoPlaceholder(), 'placeholder');
  if (logo.cropped?.length) push(ctx, 'logo', d, where, ctx.m.logoCropped(logo.cropped), `cropped: ${logo.cropped.join(', ')}`);
  if (logo.overlap) push(ctx, 'logo', d, where, ctx.m.logoOverlap(), 'overlap');
  const name = logo.accessibleName.replace(/\s+/g, ' ').trim();
  if (!LOGO_NAMES.some((n) => n.toLowerCase() === name.toLowerCase())) {
    push(ctx, 'logo', d, where, ctx.m.logoName(name), name, 'Göteborgs Stad');
  }
  const min = logo.variant === 'vertical' ? (options.minVertical ?? { width: 64, height: 80 }) : (options.minHorizontal ?? { width: 120, height: 40 });
  if (logo.width < min.width || logo.height < min.height) {
    push(ctx, 'logo', d, where, ctx.m.logoSize(Math.round(logo.width), Math.round(logo.height), min.width, min.height), `${Math.round(logo.width)}x${Math.round(logo.height)}`);
  }
  if (logo.intrinsicWidth > 0 && logo.intrinsicHeight > 0 && logo.height > 0) {
    const deviation = Math.abs(logo.width / logo.height / (logo.intrinsicWidth / logo.intrinsicHeight) - 1);
    if (deviation > (options.aspectTolerance ?? 0.02)) {
      push(ctx, 'logo', d, where, ctx.m.logoDistorted((deviation * 100).toFixed(0)), `${Math.round(logo.width)}x${Math.round(logo.height)}`);
    }
  }
  if (logo.clearSpace) {
    const needed = Math.ceil(logo.height * (options.clearSpaceRatio ?? 0.25));
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const space = logo.clearSpace[side];
      if (space < needed) {
        push(ctx, 'logo', d, where, ctx.m.logoClearSpace(side, Math.round(space), needed), `${side}: ${Math.round(space)}px`);
        break;
      }
    }
  }
  return ctx.out;
}
