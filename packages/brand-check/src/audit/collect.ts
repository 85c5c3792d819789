/// <reference lib="dom" />
/**
 * The in-page half of `gbg-brand audit`: reads what the browser rendered (computed styles,
 * boxes, accessible names) and returns plain data. It runs inside the page — through
 * Playwright's `page.evaluate` or directly in Storybook's preview — so `collectPage` must stay
 * self-contained: no imports, no references to module-level values (it is serialised with
 * `Function.prototype.toString`). Colour arithmetic happens outside, in `evaluate.ts`.
 */

/** A stack of paint below something: colours top → bottom, or `unknown` when an image or gradient is in it. */
export interface Backdrop {
  /** CSS colours as computed, top-most first; compositing stops at the first opaque one. */
  layers: string[];
  /** Why the colour behind cannot be known without guessing. */
  unknown?: 'image' | 'gradient' | 'media';
}

export interface TextObservation {
  selector: string;
  /** Computed `color` (or `fill` for SVG text). */
  color: string;
  /** Product of the element's and its ancestors' `opacity`. */
  opacity: number;
  backdrop: Backdrop;
  fontSize: number;
  fontWeight: number;
  svg: boolean;
  /** A sample of the text, for messages. */
  sample: string;
  /** Inside a disabled control: WCAG 1.4.3 does not apply to inactive components. */
  disabled?: boolean;
}

export interface PaintObservation {
  selector: string;
  property: string;
  value: string;
}

export interface UiPartObservation {
  selector: string;
  /** Border colour as computed (one side; the others are reported when different). */
  property: string;
  value: string;
  /** The control's own fill (may be transparent). */
  fill: string;
  /** What surrounds the control. */
  outside: Backdrop;
  /** A button (text buttons may have no boundary at all) rather than a field. */
  button: boolean;
  /** Disabled: WCAG 1.4.11 does not apply to inactive components. */
  disabled: boolean;
}

export interface IconObservation {
  selector: string;
  property: 'fill' | 'stroke';
  value: string;
  opacity: number;
  backdrop: Backdrop;
}

export interface LogoCandidate {
  selector: string;
  accessibleName: string;
  width: number;
  height: number;
  intrinsicWidth: number;
  intrinsicHeight: number;
  /** Gap to the nearest other content per side, CSS px; -1 when nothing is near. */
  clearSpace: { top: number; right: number; bottom: number; left: number };
  variant: 'horizontal' | 'vertical';
  /** Marked `data-gbg-logo="placeholder"`: the stand-in drawn when no official assets are given. */
  placeholder?: boolean;
  /** Parts (`wordmark`, `arms`) drawn partly outside what clips them. */
  cropped?: string[];
  /** The word mark and the arms overlap each other. */
  overlap?: boolean;
}

export interface PageObservation {
  url: string;
  texts: TextObservation[];
  paints: PaintObservation[];
  uiParts: UiPartObservation[];
  icons: IconObservation[];
  logos: LogoCandidate[];
  /** Same-origin links on the page (absolute, without fragment), for crawling. */
  links: string[];
}

export interface CollectOptions {
  /** Names that identify the logotype when an image or SVG carries them as accessible name. */
  logoNames: string[];
  /** CSS selector of the element to audit; the whole document when absent. */
  root?: string;
}

/**
 * Collect what the rendered page shows. Self-contained on purpose (see the file comment).
 */
export function collectPage(options: CollectOptions): PageObservation {
  const doc = document;
  const win = window;
  const root: Element = (options.root ? doc.querySelector(options.root) : null) ?? doc.body ?? doc.documentElement;
  const styleCache = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element): CSSStyleDeclaration => {
    let s = styleCache.get(el);
    if (!s) styleCache.set(el, (s = win.getComputedStyle(el)));
    return s;
  };
  const alphaOf = (c: string): number => {
    const t = c.trim().toLowerCase();
    if (t === 'transparent') return 0;
    const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(t);
    if (slash) return slash[2] ? Number(slash[1]) / 100 : Number(slash[1]);
    const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(t);
    if (rgba) return Number(rgba[1]);
    return 1;
  };

  // --- selectors ------------------------------------------------------------------------
  const selectorCache = new Map<Element, string>();
  const selectorOf = (el: Element): string => {
    const hit = selectorCache.get(el);
    if (hit) return hit;
    const parts: string[] = [];
    let e: Element | null = el;
    while (e && e !== doc.documentElement) {
      if (e.id && doc.querySelectorAll(`#${CSS.escape(e.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(e.id)}`);
        break;
      }
      let part = e.localName;
      // Our own class names (gbg-…) make the selector readable; others are often hashes.
      const own = [...e.classList].find((c) => c.startsWith('gbg-'));
      if (own) part += `.${CSS.escape(own)}`;
      const parent: Element | null = e.parentElement;
      if (parent && e !== doc.body) {
        const same = [...parent.children].filter((c) => c.localName === e!.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(part);
      e = parent;
    }
    const s = parts.join(' > ') || el.localName;
    selectorCache.set(el, s);
    return s;
  };

  // --- visibility -----------------------------------------------------------------------
  const opacityCache = new Map<Element, number>();
  const opacityOf = (el: Element): number => {
    const hit = opacityCache.get(el);
    if (hit !== undefined) return hit;
    const own = Number(style(el).opacity);
    const o = (Number.isNaN(own) ? 1 : own) * (el.parentElement ? opacityOf(el.parentElement) : 1);
    opacityCache.set(el, o);
    return o;
  };
  const isVisible = (el: Element): boolean => {
    const s = style(el);
    if (s.display === 'none' || s.visibility !== 'visible') return false;
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    if (opacityOf(el) <= 0) return false;
    const r = el.getBoundingClientRect();
    // A straight SVG line has a zero-height box and is still drawn (its stroke).
    if (el instanceof SVGElement && el.localName !== 'svg') return true;
    // Visually hidden text (1px boxes, clipped) is read by screen readers but not seen.
    if (r.width <= 1 || r.height <= 1) return false;
    if (r.right <= 0 || r.bottom <= 0) return false;
    if (s.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(s.clipPath)) return false;
    // Text inside a visually hidden container (a clipped 1px box, e.g. a hidden label) is not seen
    // either, though its own box is full size.
    for (let a = el.parentElement; a; a = a.parentElement) {
      const as = style(a);
      if (as.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(as.clipPath)) return false;
      const ar = a.getBoundingClientRect();
      if ((ar.width <= 1 || ar.height <= 1) && (as.overflowX !== 'visible' || as.overflowY !== 'visible')) return false;
    }
    return true;
  };

  // --- backdrop -------------------------------------------------------------------------
  const isMedia = (el: Element): boolean => ['img', 'video', 'canvas', 'picture', 'iframe', 'object', 'embed'].includes(el.localName);
  const layerOf = (el: Element): { color?: string; unknown?: Backdrop['unknown'] } => {
    const s = style(el);
    if (isMedia(el)) return { unknown: 'media' };
    const image = s.backgroundImage;
    if (image && image !== 'none') return { unknown: /gradient\(/.test(image) ? 'gradient' : 'image' };
    const bg = s.backgroundColor;
    if (bg && alphaOf(bg) > 0) return { color: bg };
    return {};
  };
  const fromStack = (stack: Element[]): Backdrop => {
    const layers: string[] = [];
    for (const e of stack) {
      const l = layerOf(e);
      if (l.unknown) return { layers, unknown: l.unknown };
      if (l.color) {
        layers.push(l.color);
        if (alphaOf(l.color) >= 1) return { layers };
      }
    }
    // Nothing opaque: the canvas shows the root's background, white by default.
    const rootBg = style(doc.documentElement).backgroundColor;
    if (alphaOf(rootBg) === 0) layers.push('rgb(255, 255, 255)');
    return { layers };
  };
  const ancestorsAndSelf = (el: Element): Element[] => {
    const list: Element[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) list.push(e);
    return list;
  };
  /**
   * What is painted behind `el`, starting with `el`'s own background. The ancestor chain is
   * what is behind in normal flow; when the element is on screen, a hit test also sees
   * positioned siblings (a caption laid over a photo).
   */
  const backdropOf = (el: Element, point?: { x: number; y: number }, includeSelf = true): Backdrop => {
    const chain = ancestorsAndSelf(el);
    if (!includeSelf) chain.shift();
    if (point && point.x >= 0 && point.y >= 0 && point.x < win.innerWidth && point.y < win.innerHeight) {
      const hits = doc.elementsFromPoint(point.x, point.y);
      const at = hits.indexOf(el);
      // Not hit-testable (pointer-events: none, as icon marks often are): everything at the
      // point except its own subtree is behind it, unless something overlays it.
      const below = (at >= 0 ? hits.slice(at + 1) : hits).filter((h) => !el.contains(h));
      if (below.length) return fromStack(includeSelf ? [el, ...below] : below);
    }
    return fromStack(chain);
  };

  // --- logos ----------------------------------------------------------------------------
  const nameOf = (el: Element): string => {
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) {
      const text = labelledby
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      if (text) return text;
    }
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    if (el.localName === 'img') return (el.getAttribute('alt') ?? '').trim();
    if (el.localName === 'svg') {
      const title = [...el.children].find((c) => c.localName === 'title');
      if (title?.textContent?.trim()) return title.textContent.trim();
    }
    return (el.getAttribute('title') ?? '').trim();
  };
  const mentionsCity = (name: string): boolean => options.logoNames.some((n) => name.toLowerCase().includes(n.toLowerCase()));
  // The drawing: the image itself, or the one element that stands for the whole logo for
  // assistive technology (`role="img"`, e.g. a placeholder built from an SVG and HTML text).
  const artworkOf = (el: Element): Element | null =>
    el.localName === 'img' || el.localName === 'svg' || el.getAttribute('role') === 'img' ? el : el.querySelector('[role="img"], img, svg');
  const logoRoots = new Set<Element>();
  const logoArt: { wrapper: Element; art: Element }[] = [];
  for (const wrapper of root.querySelectorAll('[data-gbg-logo], .gbg-logo')) {
    if ([...logoRoots].some((r) => r.contains(wrapper))) continue;
    const art = artworkOf(wrapper);
    if (!art) continue;
    logoRoots.add(wrapper);
    logoArt.push({ wrapper, art });
  }
  for (const art of root.querySelectorAll('img, svg')) {
    if ([...logoRoots].some((r) => r.contains(art))) continue;
    if (art.localName === 'svg' && art.parentElement?.closest('svg')) continue;
    if (!mentionsCity(nameOf(art))) continue;
    logoRoots.add(art);
    logoArt.push({ wrapper: art, art });
  }
  const inLogo = (el: Element): boolean => {
    for (const r of logoRoots) if (r.contains(el)) return true;
    return false;
  };

  // --- walk -----------------------------------------------------------------------------
  const texts: TextObservation[] = [];
  const paints: PaintObservation[] = [];
  const uiParts: UiPartObservation[] = [];
  const icons: IconObservation[] = [];
  const DISABLED = ':disabled, [aria-disabled="true"], [aria-disabled="true"] *, :disabled *';
  const CONTROL = 'input:not([type=hidden]), select, textarea, button, [role=button], [role=checkbox], [role=radio], [role=switch], [role=textbox], [role=combobox], [role=searchbox]';
  const SHAPES = new Set(['path', 'circle', 'rect', 'ellipse', 'line', 'polyline', 'polygon', 'use']);
  const SIDES = ['top', 'right', 'bottom', 'left'] as const;
  const contentBoxes: { el: Element; rect: DOMRect }[] = [];

  const textRects = (el: Element): DOMRect[] => {
    const rects: DOMRect[] = [];
    for (const n of el.childNodes) {
      if (n.nodeType !== 3 || !n.textContent?.trim()) continue;
      const range = doc.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
    }
    return rects;
  };

  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    if (['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'defs', 'clipPath', 'mask', 'symbol', 'title', 'desc'].includes(el.localName)) continue;
    if (el.closest('defs, clipPath, mask, symbol, marker, pattern')) continue;
    if (!isVisible(el)) continue;
    const s = style(el);
    const logo = inLogo(el);
    const isSvg = el instanceof SVGElement;
    const rect = el.getBoundingClientRect();

    // Text painted by this element.
    const own = textRects(el);
    const formText = (el.localName === 'input' && !['checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden'].includes((el as HTMLInputElement).type) && (el as HTMLInputElement).value) || (el.localName === 'textarea' && (el as HTMLTextAreaElement).value);
    if (own.length || formText) {
      const sampleRect = own[0] ?? rect;
      contentBoxes.push(...(own.length ? own : [rect]).map((r) => ({ el, rect: r })));
      if (!logo) {
        const svgText = isSvg;
        const color = svgText ? s.fill : s.color;
        if (!/^url\(|none/.test(color)) {
          texts.push({
            selector: selectorOf(el),
            color,
            opacity: opacityOf(el),
            backdrop: backdropOf(el, { x: sampleRect.left + sampleRect.width / 2, y: sampleRect.top + sampleRect.height / 2 }),
            fontSize: Number.parseFloat(s.fontSize),
            fontWeight: Number(s.fontWeight) || (s.fontWeight === 'bold' ? 700 : 400),
            svg: svgText,
            disabled: el.matches(DISABLED),
            sample: (own.length ? [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ') : String(formText)).replace(/\s+/g, ' ').trim().slice(0, 40),
          });
        }
      }
    } else if (isMedia(el) || el.localName === 'svg' || el.matches(CONTROL)) {
      contentBoxes.push({ el, rect });
    }

    // Placeholder text in empty fields is text too.
    if (!logo && (el.localName === 'input' || el.localName === 'textarea') && !(el as HTMLInputElement).value && el.getAttribute('placeholder')) {
      const ph = win.getComputedStyle(el, '::placeholder');
      texts.push({
        selector: `${selectorOf(el)}::placeholder`,
        color: ph.color,
        opacity: opacityOf(el),
        backdrop: backdropOf(el),
        fontSize: Number.parseFloat(ph.fontSize || s.fontSize),
        fontWeight: Number(ph.fontWeight || s.fontWeight) || 400,
        svg: false,
        sample: el.getAttribute('placeholder')!.slice(0, 40),
      });
    }
    if (logo || isSvg) {
      if (isSvg && !logo && SHAPES.has(el.localName)) {
        const svg = (el as SVGElement).ownerSVGElement ?? el;
        const sel = selectorOf(svg);
        for (const property of ['fill', 'stroke'] as const) {
          const value = s[property];
          if (!value || value === 'none' || /^url\(/.test(value) || alphaOf(value) === 0) continue;
          if (property === 'stroke' && Number.parseFloat(s.strokeWidth) === 0) continue;
          // `line`/`polyline` have no fill area; their default black fill paints nothing.
          if (property === 'fill' && (el.localName === 'line' || el.localName === 'polyline')) continue;
          if (icons.some((i) => i.selector === sel && i.property === property && i.value === value)) continue;
          const r = svg.getBoundingClientRect();
          icons.push({ selector: sel, property, value, opacity: opacityOf(el), backdrop: backdropOf(svg, { x: r.left + r.width / 2, y: r.top + r.height / 2 }, false) });
        }
      }
      continue;
    }

    // Colours this element paints: its background and its borders (palette rule).
    const bg = s.backgroundColor;
    if (bg && alphaOf(bg) > 0) {
      paints.push({ selector: selectorOf(el), property: 'background-color', value: bg });
      if (rect.width > 0 && el !== doc.body && el !== root) contentBoxes.push({ el, rect });
    }
    const borders = new Map<string, string>();
    for (const side of SIDES) {
      const width = Number.parseFloat(s.getPropertyValue(`border-${side}-width`));
      const bstyle = s.getPropertyValue(`border-${side}-style`);
      const color = s.getPropertyValue(`border-${side}-color`);
      if (width > 0 && bstyle !== 'none' && bstyle !== 'hidden' && alphaOf(color) > 0 && !borders.has(color)) borders.set(color, `border-${side}-color`);
    }
    const control = el.matches(CONTROL);
    for (const [color, property] of borders) {
      if (control) {
        uiParts.push({
          selector: selectorOf(el),
          property,
          value: color,
          fill: bg,
          outside: backdropOf(el, undefined, false),
          button: el.matches('button, [role=button], input[type=button], input[type=submit], input[type=reset]'),
          disabled: el.matches(DISABLED),
        });
      }
      else paints.push({ selector: selectorOf(el), property, value: color });
    }
  }

  // --- logo observations -----------------------------------------------------------------
  const logos: LogoCandidate[] = [];
  for (const { wrapper, art } of logoArt) {
    if (!isVisible(art)) continue;
    const box = art.getBoundingClientRect();
    let iw = 0;
    let ih = 0;
    let fitted = false;
    if (art.localName === 'img') {
      iw = (art as HTMLImageElement).naturalWidth;
      ih = (art as HTMLImageElement).naturalHeight;
      const fit = style(art).objectFit;
      fitted = fit === 'contain' || fit === 'scale-down';
    } else {
      const svg = art as SVGSVGElement;
      const vb = svg.viewBox?.baseVal;
      if (vb && vb.width > 0 && vb.height > 0) {
        iw = vb.width;
        ih = vb.height;
      } else {
        iw = Number.parseFloat(svg.getAttribute('width') ?? '') || 0;
        ih = Number.parseFloat(svg.getAttribute('height') ?? '') || 0;
      }
      // SVG keeps its proportions unless told not to (preserveAspectRatio="none").
      fitted = !/^\s*none\b/.test(svg.getAttribute('preserveAspectRatio') ?? '');
    }
    // The drawing itself: a fitted image or SVG is drawn smaller than its box, undistorted.
    let drawn = { left: box.left, top: box.top, width: box.width, height: box.height };
    if (fitted && iw > 0 && ih > 0 && box.width > 0 && box.height > 0) {
      const scale = Math.min(box.width / iw, box.height / ih);
      const w = iw * scale;
      const h = ih * scale;
      drawn = { left: box.left + (box.width - w) / 2, top: box.top + (box.height - h) / 2, width: w, height: h };
    }
    const right = drawn.left + drawn.width;
    const bottom = drawn.top + drawn.height;
    const reach = drawn.height; // look this far around the logo
    const space = { top: -1, right: -1, bottom: -1, left: -1 };
    for (const { el, rect: b } of contentBoxes) {
      if (wrapper.contains(el) || el.contains(art) || art.contains(el)) continue;
      if (b.right < drawn.left - reach || b.left > right + reach || b.bottom < drawn.top - reach || b.top > bottom + reach) continue;
      // Which side is it on: the direction in which it is farthest away.
      const gaps = { right: b.left - right, left: drawn.left - b.right, bottom: b.top - bottom, top: drawn.top - b.bottom };
      let side: keyof typeof gaps = 'right';
      for (const k of Object.keys(gaps) as (keyof typeof gaps)[]) if (gaps[k] > gaps[side]) side = k;
      const gap = Math.max(0, gaps[side]);
      if (space[side] < 0 || gap < space[side]) space[side] = gap;
    }
    // The parts, when the logo marks them: each must be drawn whole and apart from the other
    // (a right-to-left layout once drew the word mark over the arms and cut it off).
    const partsOf = (cls: string): Element[] => [...wrapper.querySelectorAll(`.${cls}`)].filter((p) => isVisible(p));
    const wordmarks = partsOf('gbg-logo-wordmark');
    const arms = partsOf('gbg-logo-arms');
    const cropped: string[] = [];
    const clipped = (part: Element): boolean => {
      const r = part.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) return false;
      let l = r.left;
      let t = r.top;
      let rt = r.right;
      let b = r.bottom;
      for (let a = part.parentElement; a && a !== doc.documentElement; a = a.parentElement) {
        const cs = style(a);
        const clips = a.localName === 'svg' ? cs.overflow !== 'visible' : cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
        if (!clips) continue;
        const ar = a.getBoundingClientRect();
        l = Math.max(l, ar.left);
        t = Math.max(t, ar.top);
        rt = Math.min(rt, ar.right);
        b = Math.min(b, ar.bottom);
      }
      // Glyph boxes include the font's ascent and descent, which may lie outside a tight
      // viewBox: vertically only a real cut counts.
      return rt - l < r.width - 1 || b - t < r.height * 0.75;
    };
    if (wordmarks.some(clipped)) cropped.push('wordmark');
    if (arms.some(clipped)) cropped.push('arms');
    let overlap = false;
    for (const w of wordmarks) {
      const a = w.getBoundingClientRect();
      for (const c of arms) {
        const r = c.getBoundingClientRect();
        const ix = Math.min(a.right, r.right) - Math.max(a.left, r.left);
        const iy = Math.min(a.bottom, r.bottom) - Math.max(a.top, r.top);
        if (ix > 1 && iy > 1) overlap = true;
      }
    }
    const placeholder = wrapper.closest('[data-gbg-logo]')?.getAttribute('data-gbg-logo') === 'placeholder';
    const marked = `${wrapper.getAttribute('data-gbg-logo') ?? ''} ${wrapper.getAttribute('data-orientation') ?? ''} ${typeof wrapper.className === 'string' ? wrapper.className : ''}`;
    const variant = /vertical/.test(String(marked)) || (iw > 0 && ih > 0 && iw / ih < 2) ? 'vertical' : 'horizontal';
    let accessibleName = nameOf(art);
    if (!accessibleName && art !== wrapper) accessibleName = nameOf(wrapper);
    logos.push({
      selector: selectorOf(art),
      accessibleName,
      width: drawn.width,
      height: drawn.height,
      intrinsicWidth: iw,
      intrinsicHeight: ih,
      clearSpace: space,
      variant,
      placeholder,
      cropped,
      overlap,
    });
  }

  // --- links for crawling --------------------------------------------------------------
  const links = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    try {
      const u = new URL((a as HTMLAnchorElement).href, doc.baseURI);
      if (u.origin !== win.location.origin || !/^(https?|file):$/.test(u.protocol)) continue;
      u.hash = '';
      links.add(u.href);
    } catch {
      // An unparsable href is not a page to visit.
    }
  }

  return { url: win.location.href, texts, paints, uiParts, icons, logos, links: [...links] };
}
