// Server Components (quality bar, point 8): a Next.js App Router page may import any component
// straight from a Server Component. That works when every module the server reaches from the
// package entry — following imports until a 'use client' module, which becomes a client
// reference — uses only what React's own server build exports (no useState, useEffect,
// createContext…). The allowed names are read from the installed React's `react-server` build,
// not listed by hand. The Next.js consumer app proves a few pages end to end; this covers every
// module of the built package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'packages/react/dist');
const iconsDist = path.join(root, 'packages/icons/dist/esm');

/** What each package exports under the `react-server` condition, as a server runtime loads it. */
const serverSpecifiers = ['react', 'react/jsx-runtime', 'react-dom'];
const allowed: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--conditions=react-server',
          '-e',
          `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(serverSpecifiers)}.map((s) => [s, Object.keys(require(s))]))))`,
        ],
        { cwd: root, encoding: 'utf8' },
      ),
    ) as Record<string, string[]>,
  ).map(([specifier, names]) => [specifier, new Set(names)]),
);

/** The first statement, skipping comments: where a directive must stand. */
const firstStatement = (code: string) => code.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').split('\n')[0];
const isClientModule = (code: string) => /^['"]use client['"];?$/.test(firstStatement(code));

interface ImportStatement {
  names: string[];
  source: string;
}

function importsOf(code: string): ImportStatement[] {
  const statements: ImportStatement[] = [];
  for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s*(?:([\w$*\s{},]*?)\s*from\s*)?["']([^"']+)["']/g)) {
    const clause = match[1] ?? '';
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    const names = named
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/)[0]!)
      .filter(Boolean);
    statements.push({ names, source: match[2]! });
  }
  return statements;
}

function resolve(from: string, source: string): string | undefined {
  if (source.startsWith('.')) return path.resolve(path.dirname(from), source);
  if (source === '@goteborgsstad/icons') return path.join(iconsDist, 'index.js');
  return undefined;
}

/**
 * Hooks and contexts are client APIs by nature (a Server Component never calls them), so an entry's
 * imports that bring only those are not followed; the package is `sideEffects: false`, so a
 * bundler leaves them out of a server page that does not use them.
 */
const clientApiOnly = (names: string[]) => names.length > 0 && names.every((name) => /^use[A-Z]|Context$/.test(name));

/** Walks the server's module graph from each export of `entry`; returns each forbidden import with its path. */
function serverViolations(entry: string): string[] {
  const problems = new Set<string>();
  for (const { names, source } of importsOf(readFileSync(entry, 'utf8'))) {
    const target = resolve(entry, source);
    if (target && !clientApiOnly(names)) for (const problem of moduleViolations(target, [path.relative(root, entry)])) problems.add(problem);
  }
  return [...problems];
}

function moduleViolations(entry: string, start: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file) || file.endsWith('.css')) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    if (isClientModule(code)) return; // A client reference: the server does not run its code.
    const here = [...trail, path.relative(root, file)];
    for (const { names, source } of importsOf(code)) {
      const permitted = allowed[source];
      if (permitted) {
        for (const name of names) {
          if (!permitted.has(name)) problems.push(`${here.join(' → ')} imports ${name} from "${source}", which Server Components cannot use: add 'use client' to the module that needs it`);
        }
        continue;
      }
      const target = resolve(file, source);
      if (target) walk(target, here);
    }
  };
  walk(entry, start);
  return problems;
}

describe('every component can be imported from a Server Component', () => {
  it('the builds exist', () => {
    expect(existsSync(path.join(dist, 'index.js')), 'run `pnpm build` first').toBe(true);
    expect(existsSync(path.join(iconsDist, 'index.js')), 'run `pnpm build` first').toBe(true);
  });

  it("React's server build is read, and it leaves out the client-only hooks", () => {
    // If these fail, React changed how it exposes its server build: the graph check below
    // would then prove nothing.
    expect(allowed.react!.has('forwardRef')).toBe(true);
    expect(allowed.react!.has('useId')).toBe(true);
    expect(allowed.react!.has('useState')).toBe(false);
    expect(allowed.react!.has('createContext')).toBe(false);
  });

  it('finds a client-only hook in a server module (the check can fail)', () => {
    const code = "import { useState } from 'react';\nexport const x = useState;\n";
    expect(importsOf(code)).toEqual([{ names: ['useState'], source: 'react' }]);
    expect(isClientModule(code)).toBe(false);
    expect(isClientModule(`'use client';\n${code}`)).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'gbg-rsc-'));
    writeFileSync(path.join(dir, 'server.js'), "import { forwardRef } from 'react';\nimport { x } from './hook.js';\n");
    writeFileSync(path.join(dir, 'hook.js'), code);
    writeFileSync(path.join(dir, 'client.js'), `'use client';\n${code}`);
    writeFileSync(path.join(dir, 'page.js'), "import { y } from './client.js';\n");
    expect(moduleViolations(path.join(dir, 'server.js'), [])).toEqual([expect.stringMatching(/hook\.js imports useState from "react"/)]);
    expect(moduleViolations(path.join(dir, 'page.js'), [])).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('no module the server reaches from an exported component or function uses a client-only React API', () => {
    expect(serverViolations(path.join(dist, 'index.js'))).toEqual([]);
  });

  it('the same holds from the sub-path entries', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8')) as {
      exports: Record<string, string | { import?: string; default?: string }>;
    };
    const entries = Object.values(pkg.exports)
      .map((target) => (typeof target === 'string' ? target : (target.import ?? target.default)))
      .filter((target): target is string => typeof target === 'string' && target.endsWith('.js'))
      .map((target) => path.join(root, 'packages/react', target));
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) expect(serverViolations(entry), entry).toEqual([]);
  });
});
