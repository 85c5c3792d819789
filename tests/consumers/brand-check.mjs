#!/usr/bin/env node
// Consumer test of the brand checker, as a product team gets it from the registry:
//  1. `pnpm pack` @goteborgsstad/tokens and @goteborgsstad/brand-check (built here if dist/ is
//     missing) into tests/consumers/.work-brand/;
//  2. `npm install` both tarballs into a fresh project in a temporary folder;
//  3. run `npx gbg-brand check` on source fixtures and `npx gbg-brand audit` on local HTML files
//     in real Chromium, asserting exit codes and findings.
// Prints one line per check and a closing `N passed, N failed`; exits 1 on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/chromium.js';
import { cleanEnv } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const work = path.join(here, '.work-brand');
const started = Date.now();
const step = (message) => console.log(`brand-check consumer: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: cleanEnv({ CI: '1' }) });

// --- pack -------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packages = [
  { name: '@goteborgsstad/tokens', dir: path.join(root, 'packages/tokens'), built: 'dist/js/tokens.js' },
  { name: '@goteborgsstad/brand-check', dir: path.join(root, 'packages/brand-check'), built: 'dist/audit/run.js' },
];
const tarballs = {};
for (const pkg of packages) {
  if (!existsSync(path.join(pkg.dir, pkg.built))) {
    step(`building ${pkg.name}`);
    run('pnpm', ['run', 'build'], pkg.dir);
  }
  const before = new Set(readdirSync(work));
  run('pnpm', ['pack', '--pack-destination', work], pkg.dir);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
  tarballs[pkg.name] = path.join(work, tarball);
}
step(`packed ${Object.values(tarballs).map((t) => path.basename(t)).join(', ')}`);

// --- fresh project ----------------------------------------------------------------------
const app = mkdtempSync(path.join(os.tmpdir(), 'gbg-brand-consumer-'));
writeFileSync(
  path.join(app, 'package.json'),
  `${JSON.stringify(
    {
      name: 'gbg-brand-consumer',
      private: true,
      type: 'module',
      devDependencies: {
        '@goteborgsstad/tokens': `file:${tarballs['@goteborgsstad/tokens']}`,
        '@goteborgsstad/brand-check': `file:${tarballs['@goteborgsstad/brand-check']}`,
      },
      // brand-check depends on tokens by version; point that at the local tarball.
      overrides: { '@goteborgsstad/tokens': '$@goteborgsstad/tokens' },
    },
    null,
    2,
  )}\n`,
);
const files = {
  'src/ok.css': '.notice { color: var(--gbg-color-text-default); background: var(--gbg-color-surface-default); }\n',
  'src/bad.css': '.notice {\n  color: #0076bc;\n}\n',
  'pages/clean.html':
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Ren</title></head><body style="background:#fff;color:#000"><main><h1>Hej</h1><p>Svart text på vitt.</p></main></body></html>\n',
  'pages/bad.html':
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Fel</title></head><body style="background:#fff;color:#000"><main><h1>Hej</h1><p id="blue" style="color:#0076bc">Blå text.</p></main></body></html>\n',
  'vue/Card.vue': '<template><p>Hej</p></template>\n<style>p { color: #000; }</style>\n',
  // About 30 MB: parsing it takes many times the 1 s limit, even on a fast machine.
  'big/big.css': '.c { color: var(--gbg-color-text-default); padding: 16px; }\n'.repeat(500_000),
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(app, name)), { recursive: true });
  writeFileSync(path.join(app, name), text);
}
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], app);
step('installed');

// --- checks -----------------------------------------------------------------------------
let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed += 1;
    console.log(`  ok    ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL  ${name}: ${error.message}`);
  }
}
function gbg(args) {
  const r = spawnSync('npx', ['--no-install', 'gbg-brand', ...args], { cwd: app, encoding: 'utf8', env: cleanEnv({ GBG_CHROMIUM_PATH: chromiumPath }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function expectCode(r, code) {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}; stderr: ${r.stderr.trim().slice(0, 400)}`);
}

check('check: clean source exits 0', () => {
  const r = gbg(['check', 'src/ok.css']);
  expectCode(r, 0);
  if (!r.stdout.includes('1 file checked: 0 errors')) throw new Error(r.stdout);
});
check('check: coloured text exits 1 with a text-color finding at 2:10', () => {
  const r = gbg(['check', 'src', '--format', 'json']);
  expectCode(r, 1);
  const { findings } = JSON.parse(r.stdout);
  const f = findings.find((x) => x.rule === 'text-color');
  if (!f || f.file !== 'src/bad.css' || f.line !== 2 || f.column !== 10) throw new Error(JSON.stringify(findings));
  if (f.suggestion !== 'var(--gbg-color-text-default)') throw new Error(`suggestion ${f.suggestion}`);
});
check('audit: clean local page exits 0', () => {
  const r = gbg(['audit', 'pages/clean.html']);
  expectCode(r, 0);
  if (!r.stdout.includes('0 errors')) throw new Error(r.stdout);
});
check('audit: coloured text on a local page exits 1, found by url and selector', () => {
  const r = gbg(['audit', 'pages/bad.html', '--format', 'json']);
  expectCode(r, 1);
  const { findings } = JSON.parse(r.stdout);
  if (findings.length !== 1 || findings[0].rule !== 'text-color' || findings[0].selector !== '#blue' || !findings[0].url.endsWith('/pages/bad.html')) {
    throw new Error(JSON.stringify(findings));
  }
});
check('check: a .vue file without @vue/compiler-sfc is one input finding naming the package to install', () => {
  const r = gbg(['check', 'vue/Card.vue', '--format', 'json', '--lang', 'en']);
  expectCode(r, 1);
  const findings = JSON.parse(r.stdout).findings;
  if (findings.length !== 1 || findings[0].rule !== 'input' || !findings[0].message.includes('@vue/compiler-sfc')) throw new Error(r.stdout);
});
check('check: the installed package checks in a worker with a per-file time limit', () => {
  const r = gbg(['check', 'big', 'src/bad.css', '--timeout', '1', '--format', 'json', '--lang', 'en']);
  expectCode(r, 1);
  const findings = JSON.parse(r.stdout).findings;
  const slow = findings.filter((f) => f.file === 'big/big.css');
  if (slow.length !== 1 || !slow[0].message.includes('took longer than 1 s')) throw new Error(r.stdout.slice(0, 600));
  if (!findings.some((f) => f.file === 'src/bad.css' && f.rule === 'text-color')) throw new Error('src/bad.css was not checked after the slow file');
});
check('audit: a page nobody serves exits 2 and says what to change', () => {
  const r = gbg(['audit', 'http://127.0.0.1:9/']);
  expectCode(r, 2);
  if (!r.stderr.includes('Cannot open http://127.0.0.1:9/') || !r.stderr.includes('start the server')) throw new Error(r.stderr);
});

rmSync(app, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
step('done');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
