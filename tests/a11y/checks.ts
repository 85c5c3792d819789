// DOM checks for the accessibility run over every story (tests/a11y/stories.browser.test.tsx).
// Each returns a list of readable problems; an empty list is a pass. They run in real Chromium
// (layout, hit testing and computed styles are real), and tests/a11y/checks.browser.test.tsx
// proves each one catches a known-bad fixture.

/**
 * "An error is shown": a rendered element with one of these classes. `gbg-field-error` is the
 * error message of the shared form-field mechanism (Field, Fieldset, groups, Checkbox);
 * `gbg-textarea-counter-over` is a character counter that says the text is too long.
 */
export const ERROR_SHOWN_SELECTOR = '.gbg-field-error, .gbg-textarea-counter-over';

const CONTROL_SELECTOR = 'input:not([type="hidden"]), select, textarea, [role="textbox"], [role="combobox"], [role="checkbox"], [role="radio"], [role="switch"], [role="spinbutton"], [role="slider"], [role="listbox"]';
const GROUP_SELECTOR = 'fieldset, [role="group"], [role="radiogroup"]';

/** Everything a keyboard user can reach with Tab (before visibility filtering). */
export const FOCUSABLE_SELECTOR = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** A short, readable description of an element for failure messages. */
export function describeElement(el: Element): string {
  const name =
    el.getAttribute('aria-label') ??
    (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
  return `<${el.localName}${id}${cls}> "${name}"`;
}

function rendered(el: Element): boolean {
  if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function tokens(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// (a) Invalid state exposed wherever an error is shown
// ---------------------------------------------------------------------------------------------

/**
 * For every shown error: some control or group refers to it (`aria-describedby` or
 * `aria-errormessage`, on the error or on an element around it), and each such referrer says
 * it is invalid — a control with `aria-invalid="true"`; a group either itself or through every
 * control in it.
 */
export function findInvalidStateGaps(root: Element): string[] {
  const problems: string[] = [];
  for (const error of root.querySelectorAll(ERROR_SHOWN_SELECTOR)) {
    if (!rendered(error)) continue;
    const ids = new Set<string>();
    for (let el: Element | null = error; el && root.contains(el); el = el.parentElement) {
      if (el.id) ids.add(el.id);
    }
    const referrers = [...root.querySelectorAll('[aria-describedby], [aria-errormessage]')].filter((el) =>
      [...tokens(el.getAttribute('aria-describedby')), ...tokens(el.getAttribute('aria-errormessage'))].some((id) => ids.has(id)),
    );
    if (referrers.length === 0) {
      problems.push(`error ${describeElement(error)} is shown, but no control or group refers to it (aria-describedby / aria-errormessage)`);
      continue;
    }
    for (const referrer of referrers) {
      if (referrer.getAttribute('aria-invalid') === 'true') continue;
      if (referrer.matches(GROUP_SELECTOR)) {
        const controls = [...referrer.querySelectorAll(CONTROL_SELECTOR)];
        if (controls.length > 0 && controls.every((c) => c.getAttribute('aria-invalid') === 'true')) continue;
        problems.push(`error ${describeElement(error)} is shown, but its group ${describeElement(referrer)} and its controls lack aria-invalid="true"`);
      } else {
        problems.push(`error ${describeElement(error)} is shown, but ${describeElement(referrer)} lacks aria-invalid="true"`);
      }
    }
  }
  return problems;
}

/** How many shown errors a root contains (to prove the check looked at something). */
export function countShownErrors(root: Element): number {
  return [...root.querySelectorAll(ERROR_SHOWN_SELECTOR)].filter(rendered).length;
}

// ---------------------------------------------------------------------------------------------
// (b) No focused element covers another target
// ---------------------------------------------------------------------------------------------

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Reachable targets: focusable, not inert, not inside a closed or hidden part. */
export function focusables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE_SELECTOR)].filter(
    (el) => !el.closest('[inert]') && el.checkVisibility({ checkVisibilityCSS: true }),
  );
}

/**
 * Focuses each target in turn and checks, with `elementsFromPoint`, that the focused element is
 * not painted over any part of another target (WCAG 2.5.8 spacing, 2.4.11 focus not obscured:
 * the classic offender is a skip link or sticky bar that appears on focus over the header
 * links). Targets inside each other (an input in its label) are not compared.
 */
export async function findCoveredTargets(root: Element): Promise<string[]> {
  const problems: string[] = [];
  const targets = focusables(root);
  for (const focused of targets) {
    focused.focus({ preventScroll: false });
    if (document.activeElement !== focused) continue;
    await nextFrame();
    const f = focused.getBoundingClientRect();
    if (f.width < 2 || f.height < 2) continue;
    for (const other of targets) {
      if (other === focused || other.contains(focused) || focused.contains(other)) continue;
      const o = other.getBoundingClientRect();
      const left = Math.max(f.left, o.left);
      const right = Math.min(f.right, o.right);
      const top = Math.max(f.top, o.top);
      const bottom = Math.min(f.bottom, o.bottom);
      if (right - left <= 1 || bottom - top <= 1) continue;
      const stack = document.elementsFromPoint((left + right) / 2, (top + bottom) / 2);
      const focusedAt = stack.findIndex((el) => focused.contains(el));
      const otherAt = stack.findIndex((el) => other.contains(el));
      if (focusedAt >= 0 && (otherAt < 0 || focusedAt < otherAt)) {
        problems.push(`focused ${describeElement(focused)} covers ${describeElement(other)}`);
      }
    }
    focused.blur();
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  await nextFrame();
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (c) Text grows at 200 %
// ---------------------------------------------------------------------------------------------

/** One measured piece of text: its first line box height, or a control's font size. */
type TextSample = { key: Node; label: string; size: number };

const SKIP_TEXT_IN = 'script, style, template, title, desc, option, optgroup, textarea, noscript';
// Controls whose value is drawn as text (not a text node). Buttons are measured by their text
// nodes; an icon-only button has no visible text to grow.
const FORM_TEXT = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="color"]):not([type="image"]), select, textarea';

function firstLineHeight(text: Text): number {
  const parent = text.parentElement!;
  // SVG text has no line boxes; its element box is the glyph extent.
  if (parent instanceof SVGElement) return parent.getBoundingClientRect().height;
  const range = document.createRange();
  range.selectNodeContents(text);
  const rect = range.getClientRects()[0];
  return rect ? rect.height : 0;
}

/** Measures every visible text node and form control in `root`. */
export function measureText(root: Element): TextSample[] {
  const samples: TextSample[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !text.data.trim() || parent.closest(SKIP_TEXT_IN)) continue;
    if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
    const size = firstLineHeight(text);
    if (size <= 0) continue;
    samples.push({ key: text, label: `"${text.data.trim().slice(0, 40)}" in ${describeElement(parent)}`, size });
  }
  for (const control of root.querySelectorAll<HTMLElement>(FORM_TEXT)) {
    if (!control.checkVisibility({ checkVisibilityCSS: true })) continue;
    samples.push({ key: control, label: `font of ${describeElement(control)}`, size: parseFloat(getComputedStyle(control).fontSize) });
  }
  return samples;
}

/**
 * Sets the root font size to 200 % (what a reader's "text size" setting does to `rem` and
 * `em`), and returns every piece of text that grew less than `minRatio` (1.9: rounding of
 * line boxes), plus the samples for further checks. The root font size is restored.
 */
export async function findTextThatDoesNotGrow(
  root: Element,
  minRatio = 1.9,
): Promise<{ problems: string[]; before: TextSample[]; after: Map<Node, number> }> {
  const before = measureText(root);
  const html = document.documentElement;
  const previous = html.style.fontSize;
  html.style.fontSize = '200%';
  await nextFrame();
  const after = new Map<Node, number>();
  try {
    for (const sample of measureText(root)) after.set(sample.key, sample.size);
  } finally {
    html.style.fontSize = previous;
    await nextFrame();
  }
  const problems: string[] = [];
  for (const sample of before) {
    const grown = after.get(sample.key);
    if (grown === undefined) continue; // hidden at 200 % (e.g. moved into a menu): not text that failed to grow
    const ratio = grown / sample.size;
    if (ratio < minRatio) problems.push(`${sample.label}: ${sample.size.toFixed(1)} → ${grown.toFixed(1)} px (× ${ratio.toFixed(2)})`);
  }
  return { problems, before, after };
}
