import { chmodSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { check } from '../src/index.js';
import { builtBin, fixtures } from './helpers.js';

async function run(args: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-brand-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmp, 'p-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('exit codes', () => {
  it('0 for clean code', async () => {
    const r = await run(['check', 'clean']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('6 files checked: 0 errors, 0 warnings.');
  });

  it('1 when errors are found', async () => {
    expect((await run(['check', 'violations'])).code).toBe(1);
  });

  it('0 when only warnings are found', async () => {
    const dir = project({ 'a.css': '.a { padding: 16px; }' });
    const r = await run(['check', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 1 warning.');
  });

  it('2 for usage problems', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['lint'])).code).toBe(2);
    expect((await run(['check', '--format', 'xml'])).stderr).toContain('unknown format "xml"');
    expect((await run(['check', '--nope'])).code).toBe(2);
    const missing = await run(['check', 'does-not-exist']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist');
  });

  it('prints help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gbg-brand check');
  });
});

describe('configuration', () => {
  it('applies ignores and severities from gbg-brand.config.json', async () => {
    const dir = project({
      'gbg-brand.config.json': JSON.stringify({ ignore: ['legacy/**'], rules: { 'text-color': 'warning', 'raw-value': 'off' } }),
      'src/a.css': '.a { color: #0076bc; padding: 16px; }',
      'legacy/b.css': '.b { color: #ff0000; }',
    });
    const r = await run(['check', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; file: string }[] };
    expect(out.findings.map((f) => [f.file, f.rule, f.severity])).toEqual([['src/a.css', 'text-color', 'warning']]);
    expect(r.code).toBe(0);
  });

  it('exits 2 with a message saying what to change', async () => {
    const cases: [string, RegExp][] = [
      ['{ "rules": { "text-colour": "error" } }', /unknown rule "text-colour".*Rules: text-color/],
      ['{ "rules": { "palette": "fatal" } }', /rule "palette" has severity "fatal"; use "error", "warning" or "off"/],
      ['{ "ignores": [] }', /unknown key "ignores"\. Allowed keys: ignore, rules/],
      ['{ "ignore": "dist" }', /"ignore" must be an array of glob strings/],
      ['{ rules: {} }', /not valid JSON/],
    ];
    for (const [text, message] of cases) {
      const dir = project({ 'gbg-brand.config.json': text, 'a.css': '' });
      const r = await run(['check'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect((await run(['check', '--config', 'nowhere.json'])).code).toBe(2);
  });
});

describe('bad input never hides the rest', () => {
  it('reports unreadable, binary and broken files as findings and checks the others', async () => {
    const dir = project({
      'a-broken.css': '.a { color: red',
      'b-binary.css': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'c-broken.tsx': 'export const x = <div style={{ color: "red" }>;',
      'd-good.css': '.d { color: #ff0000; }',
      'e-style-attr.html': '<p style="color: ">x</p><p style="color: #ff0000">y</p>',
    });
    const result = await check(['.'], { cwd: dir, config: { locale: 'en' } });
    const byFile = (name: string) => result.findings.filter((x) => x.file === name);
    expect(byFile('a-broken.css').map((x) => [x.rule, x.line, x.column])).toEqual([['input', 1, 1]]);
    expect(byFile('a-broken.css')[0]?.message).toContain('Unclosed block');
    expect(byFile('b-binary.css').map((x) => x.message)).toEqual(['The file is binary and was not checked.']);
    expect(byFile('c-broken.tsx').map((x) => [x.rule, x.line])).toEqual([['input', 1]]);
    expect(byFile('d-good.css').map((x) => x.rule).sort()).toEqual(['palette', 'text-color']);
    expect(byFile('e-style-attr.html').map((x) => x.rule).sort()).toEqual(['palette', 'text-color']);
    expect(result.summary.files).toBe(5);
  });

  it('reports a file it may not read and checks the others (as an unprivileged user when run as root)', () => {
    const dir = project({ 'a.css': '.a { color: #ff0000; }', 'f-unreadable.scss': '.f {}' });
    chmodSync(path.join(dir, 'f-unreadable.scss'), 0o000);
    // Root reads anything: then run the built CLI as "nobody", for whom the mode bits hold.
    chmodSync(tmp, 0o755);
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [builtBin(), 'check', '.', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).findings as { file: string; rule: string; message: string }[];
    expect(findings.filter((x) => x.file === 'f-unreadable.scss').map((x) => [x.rule, x.message])).toEqual([['input', 'The file could not be read: EACCES']]);
    expect(findings.filter((x) => x.file === 'a.css')).toHaveLength(2);
  });

  it('skips node_modules and build output by default', async () => {
    const dir = project({
      'node_modules/lib/a.css': '.a { color: red; }',
      'dist/b.css': '.b { color: red; }',
      'build/c.js': 'css`color: red;`',
      'src/ok.css': '.ok { color: var(--gbg-color-text-default); }',
    });
    const result = await check(['.'], { cwd: dir });
    expect(result.summary.files).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it('checks a 10 MB stylesheet', { timeout: 240_000 }, async () => {
    const rule = '.c-000000 { color: var(--gbg-color-text-default); background: var(--gbg-color-surface-default); padding: var(--gbg-space-4); }\n';
    const count = Math.ceil((10 * 1024 * 1024) / rule.length);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(rule.replace('000000', String(i).padStart(6, '0')));
    parts.push('.last { color: #ff0000; }\n');
    const dir = project({ 'big.css': parts.join('') });
    const result = await check(['big.css'], { cwd: dir });
    expect(result.findings.map((x) => [x.rule, x.line])).toEqual([
      ['palette', count + 1],
      ['text-color', count + 1],
    ]);
  });
});

describe('output formats', () => {
  const args = ['check', 'violations/styles.css', '--lang', 'en'];

  it('text', async () => {
    const r = await run(args);
    expect(r.stdout).toContain('violations/styles.css\n  3:10  warning  Colour #0076bc is written as a literal.');
    expect(r.stdout).toMatch(/ {2}6:17 {2}error {4}#ff00ff is not one of the city's 17 colours\..* palette\n/);
  });

  it('json', async () => {
    const r = await run([...args, '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 1, errors: 3, warnings: 3, byRule: { 'raw-value': 2, 'text-color': 1, palette: 1, contrast: 1, 'icon-color': 1 } });
    expect(out.findings[2]).toEqual({
      rule: 'palette',
      severity: 'error',
      file: 'violations/styles.css',
      line: 6,
      column: 17,
      selector: '.badge',
      message: expect.stringContaining('Nearest is Pink #D53878'),
      value: '#ff00ff',
      suggestion: 'var(--gbg-color-brand-rosa)',
    });
  });

  it('json keeps every key, with null for an unknown selector or suggestion', async () => {
    const dir = project({ 'broken.css': '.a {' });
    const out = JSON.parse((await run(['check', '--format', 'json', '--lang', 'en'], dir)).stdout);
    expect(out.findings).toEqual([
      { rule: 'input', severity: 'error', file: 'broken.css', line: 1, column: 1, selector: null, message: 'Syntax error, the file was not checked: Unclosed block', value: '', suggestion: null },
    ]);
  });

  it('sarif', async () => {
    const r = await run([...args, '--format', 'sarif']);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe('2.1.0');
    const run0 = out.runs[0];
    expect(run0.tool.driver.name).toBe('gbg-brand');
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('contrast');
    expect(run0.results).toHaveLength(6);
    expect(run0.results[2]).toMatchObject({
      ruleId: 'palette',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'violations/styles.css' }, region: { startLine: 6, startColumn: 17 } } }],
    });
  });

  it('github annotations', async () => {
    const r = await run([...args, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[2]).toMatch(/^::error file=violations\/styles\.css,line=6,col=17,title=gbg-brand palette::#ff00ff is not one/);
    expect(lines[0]).toMatch(/^::warning file=violations\/styles\.css,line=3,col=10,title=gbg-brand raw-value::/);
    expect(lines.at(-1)).toBe('gbg-brand: 1 files checked, 3 errors, 3 warnings.');
  });

  it('Swedish messages by default', async () => {
    const r = await run(['check', 'violations/styles.css']);
    expect(r.stdout).toContain('är ingen av stadens 17 färger');
  });
});

describe('the built bin', () => {
  const pkg = path.resolve(fixtures, '../..');
  const bin = path.join(pkg, 'dist/bin.js');
  beforeAll(() => {
    if (!existsSync(bin)) execFileSync('pnpm', ['run', 'build'], { cwd: pkg, stdio: 'ignore' });
  });

  it('runs as an executable with a shebang and sets the exit code', () => {
    const ok = spawnSync(bin, ['check', 'clean'], { cwd: fixtures, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(bin, ['check', 'violations', '--format', 'json'], { cwd: fixtures, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).summary.errors).toBeGreaterThan(0);
  });
});
