#!/usr/bin/env node
// Builds the workspace packages whose inputs changed since their last build, in dependency
// order, and skips the rest (`pnpm start` uses it, so Storybook answers in seconds when nothing
// changed). A package's inputs are its files that git tracks or would track (so dist/ and
// node_modules/ are out), the root files every build reads, the token sources for the tokens
// package, and the build stamps of the workspace packages it depends on. The stamp is a SHA-256
// of all that, kept outside dist/ so it never ships. `--force` builds everything (`pnpm build`)
// and records the stamps, so a later `pnpm start` skips what that build made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampDir = path.join(root, 'node_modules/.cache/gbg-build');
const force = process.argv.includes('--force');
const started = Date.now();

// Read by every package build (dependency versions, compiler options), or by the tokens build.
const SHARED_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json'];
const EXTRA_INPUTS = { '@goteborgsstad/tokens': ['tokens'] };

const packages = readdirSync(path.join(root, 'packages'))
  .map((dir) => path.join(root, 'packages', dir))
  .filter((dir) => existsSync(path.join(dir, 'package.json')))
  .map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return { name: manifest.name, dir, manifest };
  })
  .filter(({ manifest }) => manifest.scripts?.build);
const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
const workspaceDeps = (pkg) =>
  Object.keys({ ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies }).filter((name) => byName.has(name));

// Dependency order (depth first).
const order = [];
const visit = (pkg, seen = new Set()) => {
  if (order.includes(pkg) || seen.has(pkg.name)) return;
  seen.add(pkg.name);
  for (const dep of workspaceDeps(pkg)) visit(byName.get(dep), seen);
  order.push(pkg);
};
packages.forEach((pkg) => visit(pkg));

/** Files git tracks or would track under the given paths (ignored files such as dist/ excluded). */
function inputFiles(paths) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  return [...new Set(out.split('\0').filter(Boolean))].sort();
}

const stamps = new Map();
function stampOf(pkg) {
  const hash = createHash('sha256');
  const paths = [path.relative(root, pkg.dir), ...(EXTRA_INPUTS[pkg.name] ?? []), ...SHARED_INPUTS];
  for (const file of inputFiles(paths)) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue; // deleted but still in the index
    hash.update(file).update('\0').update(readFileSync(full)).update('\0');
  }
  for (const dep of workspaceDeps(pkg)) hash.update(`${dep}=${stamps.get(dep)}\0`);
  return hash.digest('hex');
}

mkdirSync(stampDir, { recursive: true });
let built = 0;
for (const pkg of order) {
  const stampFile = path.join(stampDir, `${pkg.name.replace('/', '+')}.sha256`);
  let stamp;
  try {
    stamp = stampOf(pkg);
  } catch (error) {
    stamp = undefined; // not a git checkout: no way to tell, so build
  }
  const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  const hasDist = existsSync(path.join(pkg.dir, 'dist'));
  if (!force && stamp && stamp === previous && hasDist) {
    console.log(`build: ${pkg.name} is up to date`);
    stamps.set(pkg.name, stamp);
    continue;
  }
  console.log(`build: ${pkg.name}${force ? '' : stamp && previous ? ' changed' : ' has no build stamp'}, building`);
  try {
    execFileSync('pnpm', ['run', 'build'], { cwd: pkg.dir, stdio: 'inherit' });
  } catch {
    rmSync(stampFile, { force: true });
    console.error(`build: ${pkg.name} failed (its output is above)`);
    process.exit(1);
  }
  built += 1;
  // Stamp what the build saw, taken again in case the build wrote tracked files (e.g. a manifest).
  const after = (() => {
    try {
      return stampOf(pkg);
    } catch {
      return undefined;
    }
  })();
  stamps.set(pkg.name, after);
  if (after) writeFileSync(stampFile, `${after}\n`);
}
console.log(`build: ${built} of ${order.length} packages built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
