import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../src/index.js';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A finding as [rule, line, column, suggestion] — what the assertions pin down. */
export type Row = [string, number, number, string | undefined];

export function rows(findings: readonly Finding[]): Row[] {
  return findings.map((f) => [f.rule, f.line, f.column, f.suggestion]);
}
