#!/usr/bin/env node
// Consumer test: the MCP server as a project installs it.
//  1. pack @goteborgsstad/mcp and @goteborgsstad/react (with their workspace dependencies), or
//     take the ones all.mjs packed;
//  2. `npm install` them into a fresh project outside the workspace (mcp-app/);
//  3. start `node_modules/.bin/gbg-mcp` in the project folder, as an editor does, and talk to it
//     over stdio with the MCP SDK client installed there: it must find the project's manifest.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checks, clock, expectEqual, freshWork, makeApp, npmInstall, tarballsFor } from './lib.mjs';

const { step, seconds } = clock('mcp');
const work = freshWork('mcp');
const tarballs = await tarballsFor(['@goteborgsstad/mcp', '@goteborgsstad/react'], work);
const app = makeApp('mcp-app', work, tarballs);
await npmInstall(app);
step('installed');

const { check, summary } = checks();
const bin = path.join(app, 'node_modules', '.bin', 'gbg-mcp');
const installedManifest = path.join(app, 'node_modules', '@goteborgsstad', 'react', 'dist', 'manifest.json');

await check('the package installs the gbg-mcp bin and react ships its manifest', () => {
  if (!existsSync(bin)) throw new Error('node_modules/.bin/gbg-mcp missing');
  if (!existsSync(installedManifest)) throw new Error('@goteborgsstad/react has no dist/manifest.json');
});

// The SDK client from the project's own install (a dependency of @goteborgsstad/mcp).
const requireInApp = createRequire(path.join(app, 'node_modules', '@goteborgsstad', 'mcp', 'package.json'));
const load = (specifier) => import(pathToFileURL(requireInApp.resolve(specifier)).href);
const { Client } = await load('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = await load('@modelcontextprotocol/sdk/client/stdio.js');

const client = new Client({ name: 'gbg-consumer-mcp', version: '1.0.0' });
let stderr = '';
const transport = new StdioClientTransport({ command: bin, args: [], cwd: app, stderr: 'pipe' });
transport.stderr?.on('data', (chunk) => (stderr += chunk));
try {
  try {
    await client.connect(transport);
  } catch (error) {
    // The server exits at start when it finds no manifest; its stderr says why.
    await check('gbg-mcp starts and answers over stdio', () => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; stderr: ${stderr.trim()}`);
    });
    process.exit(summary());
  }
  step('connected');

  await check('lists find_component, component_props and component_guidance', async () => {
    const { tools } = await client.listTools();
    expectEqual(tools.map((t) => t.name).sort().join(','), 'component_guidance,component_props,find_component', 'tools');
  });
  await check('reads the manifest of the project’s @goteborgsstad/react', async () => {
    const result = await client.readResource({ uri: 'gbg://manifest.json' });
    const served = JSON.parse(result.contents[0].text);
    const installed = JSON.parse(readFileSync(installedManifest, 'utf8'));
    expectEqual(served.package.version, installed.package.version, 'manifest version');
    expectEqual(served.components.length, installed.components.length, 'component count');
    if (!stderr.includes(path.join('@goteborgsstad', 'react', 'dist', 'manifest.json'))) throw new Error(`start-up line: ${stderr.trim()}`);
  });
  await check('"which component for personnummer?" → PersonnummerField', async () => {
    const result = await client.callTool({ name: 'find_component', arguments: { query: 'ett fält för personnummer' } });
    expectEqual(result.structuredContent.results[0]?.name, 'PersonnummerField', 'first match');
  });
  await check('"props of Button" lists variant with its values and default', async () => {
    const result = await client.callTool({ name: 'component_props', arguments: { component: 'Button' } });
    const variant = result.structuredContent.props.find((prop) => prop.name === 'variant');
    expectEqual(variant?.default, "'primary'", 'variant default');
    expectEqual(variant?.values?.join(','), 'primary,secondary,tertiary,danger', 'variant values');
  });
} finally {
  await client.close();
}

step(`done in ${seconds().toFixed(1)} s`);
process.exit(summary());
