// Issue 13: hostile and unusual input for `gbg-brand check`. Each case was reproduced on the
// earlier code (stack overflow, hang, duplicate, stack trace, raw escapes…) before it was fixed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { check, checkText } from '../src/index.js';
import { sortFindings } from '../src/check.js';
import { builtBin } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gbg-brand-hard-'));
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

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('size and depth', () => {
  it('reports more than 100,000 findings from one file (no spread into push)', async () => {
    const n = 100_000;
    const dir = project({ 'many.css': '.a { color: #ff0000; }\n'.repeat(n) });
    const result = await check(['many.css'], { cwd: dir });
    // Each rule gives text-color + palette: 200,000 findings.
    expect(result.summary.errors).toBe(2 * n);
    expect(result.findings).toHaveLength(2 * n);
    expect(result.findings.at(-1)).toMatchObject({ line: n });
  });

  it('embedded CSS with more than 100,000 declarations (an HTML <style>, a css`` template)', () => {
    // 200,000 small declarations: far past what one spread call can take.
    const rules = '.a{top:0}\n'.repeat(200_000);
    const html = checkText(`<style>${rules}.z { color: #ff0000; }</style>`, 'big.html', { config: { locale: 'en' } });
    expect(html.map((f) => f.rule).sort()).toEqual(['palette', 'text-color']);
    const js = checkText(`const s = css\`${rules}.z { color: #ff0000; }\`;`, 'big.js', { config: { locale: 'en' } });
    expect(js.map((f) => f.rule).sort()).toEqual(['palette', 'text-color']);
  });

  it('survives a value nested thousands of levels deep, and checks the other files', async () => {
    const depth = 20_000;
    const deep = `.a { width: ${'calc('.repeat(depth)}1px${')'.repeat(depth)}; color: ${'rgb('.repeat(3000)}0 0 0${')'.repeat(3000)}; }\n.b { color: #ff0000; }`;
    const dir = project({ 'a-deep.css': deep, 'b.css': '.b { color: #ff0000; }' });
    const result = await check(['.'], { cwd: dir, config: { locale: 'en' } });
    expect(result.findings.filter((f) => f.file === 'b.css').map((f) => f.rule)).toEqual(['palette', 'text-color']);
    // The deep file is checked too: its second rule is found.
    expect(result.findings.filter((f) => f.file === 'a-deep.css' && f.line === 2).map((f) => f.rule)).toEqual(['palette', 'text-color']);
  });

  it('reports a parser stack overflow as a resource limit, not a syntax error', () => {
    const depth = 200_000;
    const js = `export const style = { color: ${'['.repeat(depth)}${']'.repeat(depth)} };`;
    const findings = checkText(js, 'deep.js', { config: { locale: 'en' } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'input' });
    expect(findings[0]!.message).toContain('resource limit');
    expect(findings[0]!.message).not.toContain('Syntax error');
  });
});

describe('the file walk', () => {
  it('reports a file reached through a symlink loop once', async () => {
    const dir = project({ 'src/a.css': '.a { color: #ff0000; }' });
    symlinkSync('.', path.join(dir, 'src/loop'));
    const result = await check(['.'], { cwd: dir });
    expect(result.summary.files).toBe(1);
    expect(result.findings.map((f) => [f.file, f.rule])).toEqual([
      ['src/a.css', 'palette'],
      ['src/a.css', 'text-color'],
    ]);
  });

  it('skips a symlinked node_modules under another name', async () => {
    const dir = project({ 'node_modules/lib/x.css': '.x { color: red; }', 'src/ok.css': '.ok { color: var(--gbg-color-text-default); }' });
    symlinkSync(path.join(dir, 'node_modules'), path.join(dir, 'deps'));
    symlinkSync(path.join(dir, 'node_modules/lib'), path.join(dir, 'src/vendor'));
    const result = await check(['.'], { cwd: dir });
    expect(result.summary.files).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it('respects .gitignore files (root and nested), and --no-gitignore turns that off', async () => {
    const dir = project({
      '.gitignore': 'generated/\n*.gen.css\n',
      'generated/a.css': '.a { color: red; }',
      'src/b.gen.css': '.b { color: red; }',
      'src/legacy/.gitignore': 'old.css\n',
      'src/legacy/old.css': '.c { color: red; }',
      'src/ok.css': '.ok { color: red; }',
    });
    mkdirSync(path.join(dir, '.git'));
    const result = await check(['.'], { cwd: dir });
    expect([...new Set(result.findings.map((f) => f.file))]).toEqual(['src/ok.css']);
    const all = await run(['check', '.', '--no-gitignore', '--format', 'json'], dir);
    expect(JSON.parse(all.stdout).summary.files).toBe(4);
    // A file named on the command line is checked even when ignored.
    expect((await check(['generated/a.css'], { cwd: dir })).summary.files).toBe(1);
  });

  it('resolves config "ignore" against the config file\'s folder', async () => {
    const dir = project({
      'conf/gbg-brand.config.json': JSON.stringify({ ignore: ['legacy/**'] }),
      'conf/legacy/a.css': '.a { color: red; }',
      'legacy/b.css': '.b { color: red; }',
    });
    const r = await run(['check', '.', '--config', 'conf/gbg-brand.config.json', '--format', 'json'], dir);
    const files = new Set((JSON.parse(r.stdout).findings as { file: string }[]).map((f) => f.file));
    expect([...files]).toEqual(['legacy/b.css']);
  });
});

describe('special files and output', () => {
  it('reports a FIFO and /dev/zero named on the command line without reading them', () => {
    const dir = project({ 'ok.css': '.a { color: #ff0000; }' });
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.css')]).status).toBe(0);
    // In a child process with a time limit: the earlier code blocked for ever in a read.
    const r = spawnSync(process.execPath, [builtBin(), 'check', 'pipe.css', '/dev/zero', 'ok.css', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string; message: string }[];
    expect(findings.filter((f) => f.rule === 'input').map((f) => f.message).sort()).toEqual([
      'Not a regular file (FIFO); it was not read.',
      'Not a regular file (character device); it was not read.',
    ]);
    expect(findings.filter((f) => f.file === 'ok.css')).toHaveLength(2);
  });

  it('--output to a folder or a missing folder: a clear message, exit 2, no stack trace', async () => {
    const dir = project({ 'a.css': '.a { color: red; }' });
    mkdirSync(path.join(dir, 'reports'));
    for (const [target, why] of [
      ['reports', 'it is a folder'],
      ['missing/report.txt', 'its folder does not exist'],
    ] as const) {
      const r = await run(['check', '.', '--output', target], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`cannot write the report to ${target}: ${why}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('escapes control characters in file names and values in the text and github formats', async () => {
    const evil = 'a\u001b[2J\n::error file=x.css::forged\u202e.css';
    const dir = project({ [evil]: '.a { color: #ff0000; }' });
    for (const format of ['text', 'github']) {
      const r = await run(['check', '.', '--format', format], dir);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('\u202e');
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::error')).length).toBe(format === 'github' ? 2 : 0);
      expect(r.stdout).toContain('\\x1b[2J');
    }
  });

  it('decodes UTF-16 files with a byte-order mark (LE and BE)', async () => {
    const css = '.a { color: #ff0000; }';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(css, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = project({ 'le.css': le, 'be.css': be });
    const result = await check(['.'], { cwd: dir });
    expect(result.findings.map((f) => [f.file, f.rule])).toEqual([
      ['be.css', 'palette'],
      ['be.css', 'text-color'],
      ['le.css', 'palette'],
      ['le.css', 'text-color'],
    ]);
  });
});

describe('one colour rule', () => {
  const palette = (value: string, property = 'border-color') =>
    checkText(`.a { ${property}: ${value}; }`, 'a.css', { config: { locale: 'en' } }).filter((f) => f.rule === 'palette');

  it('a near-miss is an off-palette error naming the nearest colour, in any syntax', () => {
    for (const value of ['#0077BD', 'hsl(202deg 100% 37%)', 'rgb(0 119 189)', '#0076BD']) {
      const found = palette(value);
      expect(found, value).toHaveLength(1);
      expect(found[0]!.message).toContain('Nearest is Gothenburg blue #0076BC');
      expect(found[0]!.suggestion).toBe('var(--gbg-color-brand-goteborgsbla)');
    }
  });

  it('a palette colour written in another syntax is the palette colour (conversion rounding only)', () => {
    for (const value of ['#0076bc', 'rgb(0 118 188)', 'hsl(202.3 100% 36.9%)', 'color(srgb 0 0.4627 0.7373)', 'rgb(0.2 117.8 188.3)']) {
      expect(palette(value), value).toEqual([]);
    }
  });
});

describe('sub-brand themes', () => {
  const theme = {
    exempelbolaget: {
      $type: 'color',
      accent: { $value: '#1a7f5a' },
      accentLight: { $value: { colorSpace: 'srgb', components: [0.8, 0.9, 0.85], hex: '#cce6d9' } },
      reference: { $value: '{color.brand.goteborgsbla}' },
    },
    spacing: { small: { $type: 'dimension', $value: '#123456' } },
  };

  it('allows the colours of themes named in the config, resolved against its folder', async () => {
    const dir = project({
      'config/theme.tokens.json': JSON.stringify(theme),
      'config/gbg-brand.config.json': JSON.stringify({ themes: ['./theme.tokens.json'] }),
      'a.css': '.a { background-color: #1a7f5a; border-color: #CCE6D9; outline-color: #123456; }\n.b { color: #1a7f5a; }',
    });
    const r = await run(['check', '.', '--config', 'config/gbg-brand.config.json', '--format', 'json', '--lang', 'en'], dir);
    const findings = JSON.parse(r.stdout).findings as { rule: string; line: number; value: string }[];
    // #123456 is not a colour token (its $type is dimension); text stays black or white.
    expect(findings.map((f) => [f.rule, f.line, f.value])).toEqual([
      ['palette', 1, '#123456'],
      ['text-color', 2, '#1a7f5a'],
    ]);
    // Without the theme the company colours are off-palette.
    const plain = await run(['check', 'a.css', '--format', 'json'], dir);
    expect((JSON.parse(plain.stdout).findings as { rule: string }[]).filter((f) => f.rule === 'palette')).toHaveLength(4);
  });

  it('a broken theme file is a configuration error (exit 2)', async () => {
    const dir = project({ 'gbg-brand.config.json': JSON.stringify({ themes: ['missing.json'] }), 'a.css': '.a {}' });
    const r = await run(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json');
  });
});

describe('no input stops the checker (built CLI, worker thread)', () => {
  it('a file over the time limit becomes one input finding; the run goes on', () => {
    const dir = project({
      // About 30 MB: many seconds of work, cut off after one. A generous margin both ways, so a
      // busy machine does not make the small file miss its limit.
      'a-slow.css': '.c { color: var(--gbg-color-text-default); padding: 16px; }\n'.repeat(500_000),
      'b.css': '.b { color: #ff0000; }',
    });
    const r = spawnSync(process.execPath, [builtBin(), 'check', '.', '--timeout', '1', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[]; summary: { files: number } };
    expect(out.findings.filter((f) => f.file === 'a-slow.css').map((f) => [f.rule, f.message])).toEqual([
      ['input', 'The file was not checked: it took longer than 1 s (--timeout). Split the file, raise --timeout or exclude it with "ignore".'],
    ]);
    expect(out.findings.filter((f) => f.file === 'b.css').map((f) => f.rule)).toEqual(['palette', 'text-color']);
    expect(out.summary.files).toBe(2);
  });

  it('streams a file with more findings than one message holds, in order and complete', () => {
    const n = 17_000;
    const dir = project({ 'a.css': '.a { color: #f00; }\n'.repeat(n), 'b.css': '.b { color: #f00; }' });
    const r = spawnSync(process.execPath, [builtBin(), 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { file: string; line: number; rule: string }[]; summary: { errors: number } };
    expect(out.summary.errors).toBe(2 * n + 2);
    expect(out.findings).toHaveLength(2 * n + 2);
    const a = out.findings.filter((f) => f.file === 'a.css');
    expect(a.every((f, i) => f.line === Math.floor(i / 2) + 1)).toBe(true);
    expect(out.findings.at(-1)).toMatchObject({ file: 'b.css' });
  });

  it('rejects a time limit that is not a positive number', async () => {
    const r = await run(['check', '.', '--timeout', 'soon'], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout takes seconds');
  });
});

describe('Vue, Svelte and Sass', () => {
  it('reads a Vue single-file component: template, script and styles in every lang', () => {
    const vue = [
      '<template>',
      '  <p style="color: #ff0000">Hej</p>',
      '</template>',
      '<script setup lang="ts">',
      "const accent: string = '#000';",
      'const note = css`background-color: #0077bd;`;',
      '</script>',
      '<style scoped lang="scss">',
      '$x: 1px;',
      '.a { border-color: #0077bd; &:hover { color: #d24723; } }',
      '</style>',
      '<style lang="sass">',
      '.b',
      '  outline-color: #123456',
      '</style>',
    ].join('\n');
    const rows = sortFindings(checkText(vue, 'Card.vue')).map((f) => [f.rule, f.line, f.column]);
    expect(rows).toEqual([
      ['palette', 2, 20],
      ['text-color', 2, 20],
      ['palette', 6, 36],
      ['palette', 10, 20],
      ['raw-value', 10, 46],
      ['text-color', 10, 46],
      ['palette', 14, 18],
    ]);
  });

  it('reads a Svelte component: script, markup and style', () => {
    const svelte = [
      '<script lang="ts">',
      "  let tone: string = 'info';",
      "  const note = css`color: #d24723;`;",
      '</script>',
      '',
      '<p class="note" style="border-color: #0077bd">{tone}</p>',
      '<div style="color: {tone}">x</div>',
      '',
      '<style lang="scss">',
      '  $gap: 4px;',
      '  .note { background-color: #ff00ff; }',
      '</style>',
    ].join('\n');
    const rows = sortFindings(checkText(svelte, 'Note.svelte')).map((f) => [f.rule, f.line, f.column]);
    // `{tone}` in a style attribute is Svelte, not broken CSS: no input finding.
    expect(rows).toEqual([
      ['raw-value', 3, 27],
      ['text-color', 3, 27],
      ['palette', 6, 38],
      ['palette', 11, 29],
    ]);
  });

  it('reads indented Sass', () => {
    const sass = ['$brand: #0077bd', '.card', '  color: #d24723', '  &:hover', '    background-color: #ff00ff'].join('\n');
    expect(sortFindings(checkText(sass, 'card.sass')).map((f) => [f.rule, f.line, f.column])).toEqual([
      ['palette', 1, 9],
      ['raw-value', 3, 10],
      ['text-color', 3, 10],
      ['contrast', 5, 23],
      ['palette', 5, 23],
    ]);
  });

  it('reports a broken Vue file as one input finding at its position', () => {
    const found = checkText('<template><p></template>', 'Broken.vue', { config: { locale: 'en' } });
    expect(found.map((f) => f.rule)).toEqual(['input']);
    expect(found[0]!.message).toContain('Syntax error');
  });
});

describe('huge stylesheets are parsed in pieces', () => {
  it('gives the same declarations, positions and directives as one parse', async () => {
    const { fromCss } = await import('../src/frontends/css.js');
    const rules: string[] = ['@import url("a{b}.css");\n', '@charset "utf-8";\n'];
    for (let i = 0; i < 400; i++) {
      rules.push(
        i % 7 === 0 ? `/* { not a block } ; */\n` : '',
        i % 5 === 0 ? `@media (min-width: ${i}px) { .m${i} { color: #0076bc; } .n${i}:hover { background: #fff; } }\n` : '',
        `.c${i}[data-x="}{;"] { content: "a;b}c"; color: ${i % 3 ? 'var(--gbg-color-text-default)' : '#ff0000'}; padding: ${i}px; }`,
        i % 11 === 0 ? '\n/* gbg-brand-disable-next-line palette */\n' : ' ',
      );
    }
    const css = rules.join('');
    const whole = fromCss(css, 'css', { file: 'a.css' });
    const pieces = fromCss(css, 'css', { file: 'a.css', chunkThreshold: 0, chunkSize: 300 });
    const view = (r: typeof whole) => r.declarations.map((d) => [d.property, d.value, d.line, d.column, d.selector, d.context.valueStart]);
    expect(pieces.declarations.length).toBeGreaterThan(800);
    expect(view(pieces)).toEqual(view(whole));
    expect(pieces.directives).toEqual(whole.directives);
  });
});
