import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../src/index.js';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A finding as [rule, line, column, suggestion] — what the assertions pin down. */
export type Row = [string, number, number, string | undefined];

export function rows(findings: readonly Finding[]): Row[] {
  return findings.map((f) => [f.rule, f.line, f.column, f.suggestion]);
}

/** The built CLI, rebuilt when any source file is newer than it (tests that need the worker thread). */
export function builtBin(): string {
  const pkg = path.resolve(fixtures, '../..');
  const bin = path.join(pkg, 'dist/bin.js');
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
  const worker = path.join(pkg, 'dist/check-worker.js');
  if (!existsSync(bin) || !existsSync(worker) || newest(path.join(pkg, 'src')) > statSync(worker).mtimeMs) {
    execFileSync('pnpm', ['run', 'build'], { cwd: pkg, stdio: 'ignore' });
  }
  return bin;
}
