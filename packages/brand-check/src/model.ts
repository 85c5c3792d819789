/**
 * The normalised model every front end produces and the engine consumes.
 * Source files, lint plugins and (later) rendered pages all reduce to `Declaration`s,
 * so one implementation of each rule serves them all.
 */

export type RuleId = 'text-color' | 'palette' | 'contrast' | 'raw-value' | 'icon-color' | 'logo' | 'input' | 'a11y';

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

export const RULES: Readonly<Record<RuleId, { severity: Severity; description: string }>> = {
  'text-color': { severity: 'error', description: 'Text is always black or white.' },
  palette: { severity: 'error', description: 'Only the 17 brand colours.' },
  contrast: { severity: 'error', description: 'WCAG 2.x contrast: 4.5:1 text, 3:1 large text and UI parts.' },
  'raw-value': { severity: 'warning', description: 'Use the token, not a literal value.' },
  'icon-color': { severity: 'warning', description: 'Icons are black or white.' },
  logo: { severity: 'error', description: 'The logotype: accessible name, minimum size, proportions, clear space, not cropped or overlapped, not the placeholder.' },
  input: { severity: 'error', description: 'A file that could not be read or parsed.' },
  a11y: { severity: 'error', description: 'WCAG 2.2 AA violations found by axe-core (audit --a11y).' },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface Position {
  line: number;
  column: number;
}

/** Where a declaration came from; decides which rules and suggestions apply. */
export type Origin = 'css' | 'scss' | 'sass' | 'less' | 'html' | 'js' | 'tailwind' | 'svg-attribute' | 'computed';

/** What a declaration paints, when the front end knows better than the property name. */
export type Paints = 'text' | 'icon' | 'svg-text';

export interface DeclarationContext {
  origin: Origin;
  /**
   * Declarations with the same block id belong to one rule, style object or element;
   * contrast pairs (text colour + background) are formed inside a block.
   */
  block?: string;
  /**
   * Block id of the base rule of the same element, for a nested state rule (`&:hover`,
   * `&[aria-current]`): its text colour and background apply unless this block overrides them.
   */
  inherits?: string;
  /** Overrides the property-based guess of what is painted (SVG `<text>` fill, icon `color`). */
  paints?: Paints;
  /**
   * The colour known to be behind the element (an audit front end passes the computed,
   * composited backdrop). Used for contrast when the block has no background of its own.
   */
  background?: string;
  /** Known font size / weight when not declared in the block (computed styles). */
  fontSize?: string;
  fontWeight?: string;
  /** Marks a UI component part (control boundary, focus indicator): contrast 3:1 against `background`. */
  uiPart?: boolean;
  /**
   * Where the value text starts in the file, when `value` is exactly the source text from there.
   * Lets findings about one literal inside a value point at that literal.
   */
  valueStart?: Position;
  /** In a JS/TS file: suggest theme entries (`vars.…`) rather than CSS variables. */
  themeSuggestions?: boolean;
}

export interface Declaration {
  /** CSS property in kebab-case (`background-color`), custom property or preprocessor variable as written. */
  property: string;
  value: string;
  file?: string;
  url?: string;
  line: number;
  column: number;
  selector?: string;
  context: DeclarationContext;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  file?: string;
  url?: string;
  line: number;
  column: number;
  selector?: string;
  message: string;
  /** The offending value (the literal or the whole declaration value). */
  value: string;
  /** What to write instead, when there is one answer (a token variable, a theme entry, black/white). */
  suggestion?: string;
}

/** What an audit front end observes about one rendered logotype. */
export interface LogoObservation {
  url?: string;
  file?: string;
  line?: number;
  column?: number;
  selector?: string;
  /** Accessible name as computed by the browser (alt, aria-label, title…); empty when none. */
  accessibleName: string;
  /** Rendered box in CSS pixels. */
  width: number;
  height: number;
  /** The artwork's own proportions (viewBox or natural size). */
  intrinsicWidth: number;
  intrinsicHeight: number;
  /** Free space around the logo to the nearest other content, in CSS pixels. */
  clearSpace?: { top: number; right: number; bottom: number; left: number };
  /** `horizontal` (standard) or `vertical`. */
  variant?: 'horizontal' | 'vertical';
  /** The placeholder drawn when no official logo assets are provided (`data-gbg-logo="placeholder"`). */
  placeholder?: boolean;
  /** Parts of the logo (`wordmark`, `arms`) drawn partly outside what clips them. */
  cropped?: string[];
  /** The word mark and the arms overlap. */
  overlap?: boolean;
}
