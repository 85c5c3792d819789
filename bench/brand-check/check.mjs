// Benchmark: `gbg-brand check` over a generated 5,000-file app.
// Prints files/second; target: the whole run under 10 s on a 2-core machine.
// Usage: pnpm --filter @goteborgsstad/brand-check build && node bench/brand-check/check.mjs [fileCount]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'packages/brand-check/dist/bin.js');
const total = Number(process.argv[2] ?? 5000);

// A realistic mix for a product team's app; every kind carries some violations.
const templates = [
  (i) => [`src/components/c${i}/Card${i}.tsx`, `import { vars } from '@goteborgsstad/react';
import styled from 'styled-components';

const Title = styled.h2\`
  color: \${vars.color.text.default};
  margin-block-end: \${vars.space[2]};
  border-bottom: 2px solid ${i % 7 === 0 ? '#0076bc' : 'var(--gbg-color-border-default)'};
\`;

export function Card${i}({ title, children, ok }: { title: string; children?: React.ReactNode; ok?: boolean }) {
  return (
    <article className="rounded-[4px] p-[16px] ${i % 11 === 0 ? 'text-[#d24723]' : ''}" style={{ backgroundColor: vars.color.surface.default, padding: ${i % 5 === 0 ? 12 : 'vars.space[3]'} }}>
      <Title>{title}</Title>
      <svg width="24" height="24" aria-hidden="true"><path fill="${i % 13 === 0 ? '#008767' : 'currentColor'}" d="M0 0h24v24H0z" /></svg>
      <p style={{ color: ok ? vars.color.text.default : ${i % 17 === 0 ? "'#674a99'" : 'vars.color.text.default'} }}>{children}</p>
    </article>
  );
}
`],
  (i) => [`src/components/c${i}/card${i}.css.ts`, `import { style } from '@vanilla-extract/css';
import { vars } from '@goteborgsstad/react';

export const root${i} = style({
  color: vars.color.text.default,
  backgroundColor: ${i % 9 === 0 ? "'#ffcd37'" : 'vars.color.surface.subtle'},
  padding: vars.space[4],
  borderRadius: ${i % 4 === 0 ? "'8px'" : 'vars.radius.md'},
  selectors: {
    '&:hover': { backgroundColor: vars.color.action.secondary.hover },
    '&:focus-visible': { outlineColor: vars.color.focus.outer, outlineWidth: '2px' },
  },
  '@media': { 'screen and (min-width: 768px)': { padding: vars.space[6] } },
});
`],
  (i) => [`src/styles/s${i}.css`, `.block-${i} {
  color: var(--gbg-color-text-default);
  background-color: var(--gbg-color-surface-default);
  padding: var(--gbg-space-4) ${i % 3 === 0 ? '24px' : 'var(--gbg-space-6)'};
  border: 1px solid ${i % 8 === 0 ? 'rgb(120 120 120)' : 'var(--gbg-color-border-default)'};
  font-family: var(--gbg-font-family-sans);
}
.block-${i}__title { font-size: var(--gbg-font-size-xl); font-weight: 700; }
.block-${i}__icon svg { fill: currentColor; }
.block-${i}--brand { color: var(--gbg-color-text-inverse); background-color: var(--gbg-color-surface-brand); }
`],
  (i) => [`src/styles/s${i}.scss`, `$gap: var(--gbg-space-4);
.panel-${i} {
  display: grid;
  gap: $gap;
  color: var(--gbg-color-text-default);
  &__header { background: ${i % 6 === 0 ? 'hsl(200 80% 40%)' : 'var(--gbg-color-surface-subtle)'}; }
  &:hover { border-color: var(--gbg-color-border-strong); }
  .icon { stroke: currentColor; }
}
`],
  (i) => [`src/styles/l${i}.less`, `@pad: var(--gbg-space-2);
.tag-${i} { padding: @pad; color: var(--gbg-color-text-default); border-radius: var(--gbg-radius-sm); }
.tag-${i}--warning { background-color: var(--gbg-color-status-warning-surface); }
`],
  (i) => [`public/p${i}.html`, `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Sida ${i}</title>
<style>.hero-${i} { color: var(--gbg-color-text-inverse); background: var(--gbg-color-surface-brand); }</style></head>
<body>
  <main class="gap-[var(--gbg-space-4)]">
    <h1 class="hero-${i}">Välkommen</h1>
    <p style="color: ${i % 10 === 0 ? '#3f5564' : 'var(--gbg-color-text-default)'}">Text</p>
  </main>
</body></html>
`],
  (i) => [`src/utils/u${i}.ts`, `export function format${i}(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n);
}
export const LIMIT_${i} = ${i};
`],
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-brand-bench-'));
try {
  for (let i = 0; i < total; i++) {
    const [rel, text] = templates[i % templates.length](i);
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // Build output and dependencies are present in a real app and must be skipped.
  mkdirSync(path.join(dir, 'node_modules/some-lib'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules/some-lib/index.css'), '.x { color: red; }');

  // End to end, as a team runs it: a fresh `gbg-brand check .` process.
  const started = process.hrtime.bigint();
  // The child reports its own CPU time on exit, so a busy machine's waiting can be told apart.
  const reportCpu = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\ncpu:'+JSON.stringify(process.cpuUsage())))`;
  // Under /usr/bin/time -v where it exists: peak resident memory of the whole CLI (worker included).
  const timeV = existsSync('/usr/bin/time');
  const command = [process.execPath, '--import', reportCpu, bin, 'check', '.', '--format', 'json'];
  const run = timeV
    ? spawnSync('/usr/bin/time', ['-v', ...command], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command[0], command.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuLine = /cpu:(\{.*\})/.exec(run.stderr ?? '');
  const childCpu = cpuLine ? JSON.parse(cpuLine[1]) : undefined;
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr);
    process.exit(1);
  }
  const { summary } = JSON.parse(run.stdout);
  console.log(`gbg-brand check (CLI): ${summary.files} files in ${seconds.toFixed(2)} s wall = ${Math.round(summary.files / seconds)} files/s`);
  if (childCpu) {
    const cpuSeconds = (childCpu.user + childCpu.system) / 1e6;
    console.log(`CLI process CPU time (startup included): ${cpuSeconds.toFixed(2)} s = ${Math.round(summary.files / cpuSeconds)} files per CPU-second`);
  }
  console.log(`findings: ${summary.errors} errors, ${summary.warnings} warnings (${JSON.stringify(summary.byRule)})`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  if (rss) console.log(`CLI peak resident memory (/usr/bin/time -v): ${(Number(rss[1]) / 1024).toFixed(0)} MB`);

  // In process, to separate CPU work from waiting for a busy machine.
  const { check } = await import(pathToFileURL(path.join(root, 'packages/brand-check/dist/index.js')).href);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = await check(['.'], { cwd: dir });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`check() in process: ${result.summary.files} files in ${wall.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU = ${Math.round(result.summary.files / cpuSeconds)} files per CPU-second`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`);
  console.log(seconds < 10 ? 'target (CLI under 10 s): met' : 'target (CLI under 10 s): NOT met on this run');
} finally {
  if (!process.env.GBG_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept: ${dir}`);
}
