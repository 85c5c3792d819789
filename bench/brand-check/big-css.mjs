// Benchmark: `gbg-brand check` on one generated 30 MB stylesheet, measured with /usr/bin/time -v
// (wall time and peak resident memory of the whole CLI process, worker thread included).
// Two files: a realistic one (mostly tokens, a violation every 50 rules) and a hostile one where
// every rule is a violation (about a million findings), streamed to a file whose size is reported.
// Usage: pnpm --filter @goteborgsstad/brand-check build && node bench/brand-check/big-css.mjs [megabytes] [realistic|hostile]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'packages/brand-check/dist/bin.js');
const megabytes = Number(process.argv[2] ?? 30);
const target = megabytes * 1024 * 1024;

/** Rules until the text reaches the target size. */
function generate(rule) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const r = rule(i);
    parts.push(r);
    size += r.length;
  }
  return parts.join('');
}

const realistic = generate((i) =>
  i % 50 === 0
    ? `.c${i} { color: #0077bd; padding: 16px; }\n`
    : `.c${i} { color: var(--gbg-color-text-default); background: var(--gbg-color-surface-default); padding: var(--gbg-space-4); border-radius: var(--gbg-radius-md); }\n`,
);
// Two findings per rule (palette + text-color).
const hostile = generate((i) => `.h${i} { color: #f00; }\n`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'gbg-brand-big-'));
try {
  // `node big-css.mjs 30 hostile` runs one of the two files only.
  const only = process.argv[3];
  for (const [name, text] of [
    ['realistic.css', realistic],
    ['hostile.css', hostile],
  ].filter(([name]) => !only || name.startsWith(only))) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    for (const format of ['text', 'json']) {
      // The report goes to a file (streamed); only its last bytes are read back for the counts.
      const report = path.join(dir, `report.${format}`);
      const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'check', name, '--format', format, '--timeout', '600', '--output', report], { cwd: dir, encoding: 'utf8' });
      const wall = /Elapsed \(wall clock\) time.*: (.*)/.exec(r.stderr)?.[1];
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
      // CPU seconds tell the work apart from waiting on a machine that others keep busy.
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
      if (r.status !== 0 && r.status !== 1) {
        console.error(r.stderr);
        process.exit(1);
      }
      const size = statSync(report).size;
      const fd = openSync(report, 'r');
      const tail = Buffer.alloc(Math.min(400, size));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      closeSync(fd);
      const t = tail.toString('utf8');
      const errors = /(\d+) errors?/.exec(t)?.[1] ?? /"errors": (\d+)/.exec(t)?.[1];
      const warnings = /(\d+) warnings?/.exec(t)?.[1] ?? /"warnings": (\d+)/.exec(t)?.[1];
      console.log(
        `${name} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, --format ${format}): wall ${wall}, CPU ${cpu.toFixed(1)} s, peak RSS ${(rss / 1024).toFixed(0)} MB, exit ${r.status}; ${errors} errors, ${warnings} warnings; report ${(size / 1024 / 1024).toFixed(0)} MB`,
      );
      rmSync(report);
    }
  }
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
