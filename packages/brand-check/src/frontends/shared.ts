import type { Position, RuleId } from '../model.js';
import { RULE_IDS } from '../model.js';

/** `gbg-brand-disable-next-line [rule, …]` found in a comment; applies to `line`. */
export interface DisableDirective {
  line: number;
  /** Empty: every rule. */
  rules: RuleId[];
}

/** A file that a front end could not parse. */
export class SourceSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SourceSyntaxError';
  }
}

const DIRECTIVE = /gbg-brand-disable-next-line\b([^\n*]*)/;

/** Reads a directive from comment text ending on `endLine`. */
export function directiveFrom(text: string, endLine: number): DisableDirective | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  // Anything after ` -- ` is a reason, not a rule list.
  const list = (m[1] ?? '').split(/\s--\s|-->/)[0] ?? '';
  const rules = list
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((r): r is RuleId => (RULE_IDS as string[]).includes(r));
  return { line: endLine + 1, rules };
}

/** A position inside embedded source (a `<style>` element, a template literal) moved to file coordinates. */
export function shift(pos: Position, base: Position): Position {
  return pos.line === 1 ? { line: base.line, column: base.column + pos.column - 1 } : { line: base.line + pos.line - 1, column: pos.column };
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Fast offset → position lookups over one file. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

export interface ParsedSource {
  declarations: import('../model.js').Declaration[];
  directives: DisableDirective[];
  /** Embedded parts that could not be parsed (a broken `style` attribute); the rest was checked. */
  syntaxErrors?: { message: string; line: number; column: number }[];
}

/** A file type whose parser is an optional peer dependency that is not installed. */
export class MissingParserError extends Error {
  override name = 'MissingParserError';
}

/** `target.push(...items)` without spreading: a spread of 100,000+ items overflows the call stack. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
