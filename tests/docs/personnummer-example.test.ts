// The server example on the PersonnummerField page must type-check as written, with and without
// "strict" (issue: `form.get()` returns `FormDataEntryValue | null`, which the old `string`
// parameter rejected). The example is taken from the MDX page itself, so it cannot drift.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const page = path.join(root, 'packages/react/src/components/PersonnummerField/PersonnummerField.mdx');
const tsc = path.join(root, 'node_modules/.bin/tsc');

async function example(): Promise<string> {
  const mdx = await fs.readFile(page, 'utf8');
  const block = [...mdx.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('parsePersonnummer('));
  expect(block, 'the page shows a parsePersonnummer example').toBeDefined();
  return block!;
}

async function typecheck(strict: boolean): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gbg-example-'));
  const prelude = 'declare const form: FormData;\ndeclare function save(value: string): void;\ndeclare function showError(message: string): void;\n';
  await fs.writeFile(path.join(dir, 'example.ts'), prelude + (await example()));
  await fs.writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM'],
        types: [],
        skipLibCheck: true,
        paths: { '@goteborgsstad/react/personnummer': [path.join(root, 'packages/react/src/personnummer/index.ts')] },
      },
      // The library's source (reached through `paths`) reads process.env.NODE_ENV, declared in its
      // env.d.ts; an app compiles against the built .d.ts files, which do not need it.
      files: ['example.ts', path.join(root, 'packages/react/src/env.d.ts')],
    }),
  );
  try {
    await promisify(execFile)(tsc, ['-p', dir]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('PersonnummerField docs: server example', () => {
  it.each([true, false])('type-checks with strict: %s', async (strict) => {
    expect(await typecheck(strict)).toBe('');
  }, 60_000);
});
