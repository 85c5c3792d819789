#!/usr/bin/env node
// Runs the named package.json scripts one after another, as `a && b && …` would, and prints how
// long each took — so every CI log shows where the time goes and which stage failed.
//   node scripts/run-stages.mjs typecheck test:unit …
// Stops at the first failing stage and exits with its code.
import { spawnSync } from 'node:child_process';

const stages = process.argv.slice(2);
if (stages.length === 0) {
  console.error('run-stages: name the package.json scripts to run, e.g. `node scripts/run-stages.mjs typecheck test:unit`');
  process.exit(2);
}

const done = [];
const table = () => done.map(({ stage, seconds, code }) => `  ${stage.padEnd(16)} ${String(seconds).padStart(5)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`).join('\n');
const started = Date.now();
for (const stage of stages) {
  const t = Date.now();
  // pnpm is on PATH wherever `pnpm test` runs; a shell is not needed.
  const { status, error } = spawnSync('pnpm', ['run', stage], { stdio: 'inherit' });
  const code = error ? 1 : (status ?? 1);
  done.push({ stage, seconds: Math.round((Date.now() - t) / 1000), code });
  if (code !== 0) {
    console.error(`\nrun-stages: stage ${stage} failed${error ? ` (${error.message})` : ` with exit code ${code}`}; later stages did not run.\n${table()}`);
    process.exit(code);
  }
}
console.log(`\nrun-stages: ${stages.length} stages passed in ${Math.round((Date.now() - started) / 1000)} s\n${table()}`);
