#!/usr/bin/env node
// Runs every consumer test: packs the workspace packages once (`pnpm pack`), then runs the
// consumer scripts two at a time (the machines this runs on have two cores), each with the
// shared tarballs. Prints each script's output as it finishes and a table of the time each took;
// exits 1 if any failed. `node tests/consumers/all.mjs next plain-html` runs only those.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clock, here, packPackages, withWorkspaceDependencies, workRoot } from './lib.mjs';

// Every script of this run works under this run's folder (see lib.mjs).
process.env.GBG_CONSUMER_WORK = workRoot;

// Heaviest first, so the two lanes finish close together.
const ALL = ['next', 'react-router', 'registry', 'css-loading', 'vite', 'mcp', 'button-only', 'plain-html', 'try-locally'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`consumers: unknown test ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const LANES = Number(process.env.GBG_CONSUMER_LANES || 2);

const { step, seconds } = clock('consumers');
const shared = path.join(workRoot, 'shared');
rmSync(shared, { recursive: true, force: true });
mkdirSync(shared, { recursive: true });
const tarballs = await packPackages(withWorkspaceDependencies(['@goteborgsstad/react', '@goteborgsstad/tokens']), shared);
const manifest = path.join(shared, 'tarballs.json');
writeFileSync(manifest, JSON.stringify(tarballs, null, 2));
step(`packed ${Object.values(tarballs).map((file) => path.basename(file)).join(', ')}`);
const packSeconds = seconds();

function runOne(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, `${name}.mjs`)], {
      env: { ...process.env, GBG_CONSUMER_TARBALLS: manifest },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const secondsTaken = (Date.now() - started) / 1000;
      console.log(`\n=== ${name} (${code === 0 ? 'passed' : 'FAILED'}, ${secondsTaken.toFixed(1)} s)\n${output.trimEnd()}`);
      resolve({ name, code, seconds: secondsTaken });
    });
  });
}

const queue = [...chosen];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(LANES, queue.length) }, async () => {
    while (queue.length > 0) results.push(await runOne(queue.shift()));
  }),
);

console.log(`\nconsumers: pack ${packSeconds.toFixed(1)} s, then ${LANES} lanes`);
for (const { name, code, seconds: s } of results.sort((a, b) => ALL.indexOf(a.name) - ALL.indexOf(b.name))) {
  console.log(`  ${name.padEnd(14)} ${s.toFixed(1).padStart(6)} s  ${code === 0 ? 'passed' : 'FAILED'}`);
}
step(`all done in ${seconds().toFixed(1)} s`);
const passed = results.every((result) => result.code === 0);
if (passed && process.env.GBG_CONSUMER_KEEP !== '1') rmSync(workRoot, { recursive: true, force: true });
else console.log(`consumers: work folders kept in ${workRoot}`);
process.exit(passed ? 0 : 1);
