/**
 * The rule half of `gbg-brand audit`: what the page showed (`collect.ts`) → declarations and
 * logo observations → the same engine as `check`. Browser-safe: no Node built-ins, so the
 * Storybook panel runs it inside the preview.
 */
import { blend, formatHex, formatRgb, parse, wcagContrast, type Color } from 'culori';
import type { Brand } from '../brand.js';
import { checkDeclarations, checkLogo, LOGO_NAMES, type EngineOptions } from '../engine.js';
import { RULES, type Declaration, type Finding, type RuleId, type SeveritySetting } from '../model.js';
import type { Backdrop, PageObservation } from './collect.js';

/**
 * Smallest logotype on screen, as the design system decides it (the public manual gives no
 * pixel sizes for screens). Kept in step with the Logo component, whose `sm` size is the floor
 * (`packages/react/src/components/Logo/Logo.css.ts`, documented on the Logo docs page): drawn
 * height at least `space.8` (32px) for the horizontal version and `space.16` (64px) for the
 * vertical one. Width follows from the artwork's own proportions, so only height is checked.
 */
export const LOGO_MIN_SIZE = {
  horizontal: { width: 0, height: 32 },
  vertical: { width: 0, height: 64 },
} as const;

/** Clear space on every side, as a share of the drawn height (Logo.css.ts: ¼ horizontal, ⅛ vertical). */
export const LOGO_CLEAR_SPACE = { horizontal: 0.25, vertical: 0.125 } as const;

export interface EvaluateOptions {
  brand?: Brand;
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  locale?: 'sv' | 'en';
  paletteTolerance?: number;
}

const WHITE = parse('#ffffff')!;

/** Composite a backdrop's layers into one opaque colour, or undefined when it is unknown. */
export function compositeBackdrop(b: Backdrop): Color | undefined {
  if (b.unknown) return undefined;
  let result: Color = WHITE;
  for (const layer of [...b.layers].reverse()) {
    const c = parse(layer);
    if (!c) return undefined;
    result = c.alpha === undefined || c.alpha >= 1 ? c : blend([result, c], 'normal');
  }
  return result;
}

function withOpacity(value: string, opacity: number): string {
  if (opacity >= 1) return value;
  const c = parse(value);
  if (!c) return value;
  return formatRgb({ ...c, alpha: (c.alpha ?? 1) * opacity });
}

function hex(c: Color): string {
  return formatHex(c).toLowerCase();
}

const UNKNOWN_SV: Record<NonNullable<Backdrop['unknown']>, string> = { image: 'en bakgrundsbild', gradient: 'en gradient', media: 'en bild eller video' };
const UNKNOWN_EN: Record<NonNullable<Backdrop['unknown']>, string> = { image: 'a background image', gradient: 'a gradient', media: 'an image or video' };

/** Findings for one observed page. */
export function evaluatePage(page: PageObservation, options: EvaluateOptions = {}): Finding[] {
  const url = page.url;
  const decls: Declaration[] = [];
  const extra: Finding[] = [];
  const at = { url, line: 1, column: 1 };
  const severity = (rule: RuleId) => {
    const s = options.severities?.[rule] ?? RULES[rule].severity;
    return s === 'off' ? undefined : s;
  };
  const en = options.locale === 'en';
  let n = 0;

  for (const t of page.texts) {
    const block = `t${n++}`;
    const backdrop = compositeBackdrop(t.backdrop);
    const context: Declaration['context'] = { origin: 'computed', block, fontSize: `${t.fontSize}px`, fontWeight: String(t.fontWeight) };
    if (t.svg) context.paints = 'svg-text';
    // Text in a disabled control keeps the colour rule but is exempt from contrast (WCAG 1.4.3).
    if (backdrop && !t.disabled) context.background = hex(backdrop);
    decls.push({ ...at, selector: t.selector, property: t.svg ? 'fill' : 'color', value: withOpacity(t.color, t.opacity), context });
    if (!backdrop && t.backdrop.unknown && !t.disabled) {
      // Over a photo or gradient the contrast depends on pixels we do not measure: say so.
      const sev = severity('contrast');
      if (sev) {
        extra.push({
          rule: 'contrast',
          severity: 'warning',
          ...at,
          selector: t.selector,
          value: 'unknown',
          message: en
            ? `Contrast unknown: the text "${t.sample}" lies over ${UNKNOWN_EN[t.backdrop.unknown]}. Check it by eye, or give the text a solid black or white backing.`
            : `Kontrasten är okänd: texten "${t.sample}" ligger över ${UNKNOWN_SV[t.backdrop.unknown]}. Kontrollera den med ögat, eller ge texten en helt svart eller vit bakgrund.`,
        });
      }
    }
  }
  for (const p of page.paints) {
    decls.push({ ...at, selector: p.selector, property: p.property, value: p.value, context: { origin: 'computed' } });
  }
  for (const u of page.uiParts) {
    const outside = compositeBackdrop(u.outside);
    const fill = parse(u.fill);
    const context: Declaration['context'] = { origin: 'computed' };
    const border = parse(u.value);
    if (outside && border && !u.disabled) {
      const ownFill = fill && (fill.alpha ?? 1) > 0 ? ((fill.alpha ?? 1) >= 1 ? fill : blend([outside, fill], 'normal')) : outside;
      const drawn = (border.alpha ?? 1) >= 1 ? border : blend([outside, border], 'normal');
      // A text button may have no boundary at all (border and fill the colour of what surrounds
      // it): it is recognised by its text, like a link. A field always needs one.
      const boundaryless = u.button && hex(drawn) === hex(outside) && hex(ownFill) === hex(outside);
      // A filled control whose fill stands out 3:1 already shows its boundary; the border is then decoration.
      if (!boundaryless && !(wcagContrast(ownFill, outside) >= 3)) {
        context.block = `u${n++}`;
        context.uiPart = true;
        context.background = hex(outside);
      }
    }
    decls.push({ ...at, selector: u.selector, property: u.property, value: u.value, context });
  }
  // An icon is seen by its silhouette: when one of its colours stands out 3:1 from the backdrop,
  // inner details in another colour (the white "!" on a black disc) are drawn on the icon, not on it.
  const silhouette = new Map<string, boolean>();
  for (const i of page.icons) {
    const backdrop = compositeBackdrop(i.backdrop);
    const c = parse(withOpacity(i.value, i.opacity));
    if (!backdrop || !c) continue;
    const drawn = (c.alpha ?? 1) >= 1 ? c : blend([backdrop, c], 'normal');
    if (wcagContrast(drawn, backdrop) >= 3) silhouette.set(i.selector, true);
  }
  for (const i of page.icons) {
    const backdrop = compositeBackdrop(i.backdrop);
    const context: Declaration['context'] = { origin: 'computed', paints: 'icon' };
    if (backdrop && !silhouette.get(i.selector)) {
      context.block = `i${n++}`;
      context.background = hex(backdrop);
    }
    decls.push({ ...at, selector: i.selector, property: i.property, value: withOpacity(i.value, i.opacity), context });
  }

  const engine: EngineOptions = {};
  if (options.brand) engine.brand = options.brand;
  if (options.severities) engine.severities = options.severities;
  if (options.locale) engine.locale = options.locale;
  if (options.paletteTolerance !== undefined) engine.paletteTolerance = options.paletteTolerance;
  const findings = checkDeclarations(decls, engine);

  for (const logo of page.logos) {
    // A logo that links home is named "Göteborgs Stad – startsida": the city's name comes first
    // and the rest says where the link goes, which is right for a link.
    let name = logo.accessibleName.replace(/\s+/g, ' ').trim();
    const lead = LOGO_NAMES.find((l) => name.toLowerCase().startsWith(l.toLowerCase()) && /^[\s,–—:-]/.test(name.slice(l.length)));
    if (lead) name = lead;
    const big = 1e6;
    findings.push(
      ...checkLogo(
        {
          url,
          selector: logo.selector,
          accessibleName: name,
          width: logo.width,
          height: logo.height,
          intrinsicWidth: logo.intrinsicWidth,
          intrinsicHeight: logo.intrinsicHeight,
          // Sub-pixel layout: a gap of 11.99px is the 12px the CSS asked for.
          clearSpace: {
            top: logo.clearSpace.top < 0 ? big : Math.round(logo.clearSpace.top),
            right: logo.clearSpace.right < 0 ? big : Math.round(logo.clearSpace.right),
            bottom: logo.clearSpace.bottom < 0 ? big : Math.round(logo.clearSpace.bottom),
            left: logo.clearSpace.left < 0 ? big : Math.round(logo.clearSpace.left),
          },
          variant: logo.variant,
          ...(logo.placeholder ? { placeholder: true } : {}),
          ...(logo.cropped?.length ? { cropped: logo.cropped } : {}),
          ...(logo.overlap ? { overlap: true } : {}),
        },
        {
          ...engine,
          minHorizontal: LOGO_MIN_SIZE.horizontal,
          minVertical: LOGO_MIN_SIZE.vertical,
          clearSpaceRatio: LOGO_CLEAR_SPACE[logo.variant],
        },
      ),
    );
  }
  return [...findings, ...extra];
}
