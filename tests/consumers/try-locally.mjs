#!/usr/bin/env node
// Tests the *Prova lokalt* commands in docs/kom-igang/Utvecklare.mdx exactly as written: the
// first `sh` block under that heading is split at its `# 2.` comment; part 1 runs in the
// repository, part 2 in a fresh Vite + React app, both with HOME pointed at a work folder (the
// commands keep the tarballs under `~`). Then the app must build with our components in it.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { checks, childEnv, clock, freshWork, makeApp, root, runAsync } from './lib.mjs';

const { step, seconds } = clock('try-locally');
const { check, summary } = checks();
const work = freshWork('try-locally');

const page = readFileSync(path.join(root, 'docs/kom-igang/Utvecklare.mdx'), 'utf8');
const section = page.split(/^## /m).find((part) => part.startsWith('Prova lokalt'));
const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
const [inRepo, inApp] = block ? block.split(/^(?=# 2\.)/m) : [];
await check('Utvecklare.mdx has a "Prova lokalt" sh block in two parts (# 1. repo, # 2. app)', () => {
  if (!section) throw new Error('no "## Prova lokalt" section');
  if (!block) throw new Error('no ```sh block in it');
  if (!inRepo?.startsWith('# 1.') || !inApp) throw new Error('the block must start with "# 1." and have a "# 2." part');
});
if (!inApp) process.exit(summary());

const home = path.join(work, 'home');
mkdirSync(home, { recursive: true });
// A different HOME for `~`; npm keeps its real cache so packages are not fetched again.
const env = { ...childEnv, HOME: home, npm_config_cache: process.env.npm_config_cache || path.join(homedir(), '.npm') };
const app = makeApp('vite-app', work, {});

await check('part 1 runs in the repository as written', async () => {
  await runAsync('bash', ['-euo', 'pipefail', '-c', inRepo], root, env);
  const packed = existsSync(path.join(home, 'gbg-paket')) ? readdirSync(path.join(home, 'gbg-paket')) : [];
  if (packed.length === 0) throw new Error('no tarballs under ~/gbg-paket');
});
step('packed');
await check('part 2 runs in a fresh app as written (plain npm)', async () => {
  await runAsync('bash', ['-euo', 'pipefail', '-c', inApp], app, env);
});
step('installed');
await check('the app builds with the installed packages', async () => {
  await runAsync('npm', ['run', 'build', '--silent'], app, env);
  const assets = path.join(app, 'dist/assets');
  const text = readdirSync(assets).map((file) => readFileSync(path.join(assets, file), 'utf8')).join('\n');
  for (const needle of ['gbg-provider', '--gbg-color-text-default']) {
    if (!text.includes(needle)) throw new Error(`build output lacks ${needle}`);
  }
});
step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
