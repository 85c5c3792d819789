#!/usr/bin/env node
// gbg-mcp: the design-system MCP server over stdio. An editor's AI assistant starts it as a
// subprocess; stdout carries the protocol only, so every message to people goes to stderr.
import { readFileSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadManifest, resolveManifestPath } from './manifest.js';
import { createGbgMcpServer } from './server.js';

const HELP = `gbg-mcp — MCP server för Göteborgs Stads designsystem (stdio)

Usage: gbg-mcp [--manifest <path>]

Reads @goteborgsstad/react/manifest.json from the project in the working folder (or the path
given) and answers "which component for X" and "props of Y" to an AI assistant.
  --manifest <path>  a manifest file instead of the installed package's (also GBG_MANIFEST)
  --help             this text
`;

function parseArgs(argv: string[]): { manifestPath?: string; help: boolean } {
  const result: { manifestPath?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') result.help = true;
    else if (arg === '--manifest') result.manifestPath = argv[++i];
    else if (arg?.startsWith('--manifest=')) result.manifestPath = arg.slice('--manifest='.length);
    else throw new Error(`gbg-mcp: unknown option ${arg}. Run gbg-mcp --help.`);
  }
  return result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stderr.write(HELP);
    return;
  }
  const file = resolveManifestPath({ manifestPath: args.manifestPath ?? process.env.GBG_MANIFEST });
  const manifest = loadManifest(file);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const server = createGbgMcpServer(manifest, version);
  await server.connect(new StdioServerTransport());
  process.stderr.write(`gbg-mcp ${version}: ${manifest.components.length} components from ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
