// Server Components: an icon passed as a prop from a Server Component page to a client
// component (`<Button iconAfter={ChevronRightIcon}>`, the form the docs show) must be a client
// reference, so every icon module starts with the 'use client' directive. The index and the
// shared createIcon module must not: `iconSizes` has to stay a plain value on the server.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const esm = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/esm');
const read = (file: string) => readFileSync(path.join(esm, file), 'utf8');
/** The first statement, skipping comments: where a directive must stand. */
const firstStatement = (code: string) => code.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').split('\n')[0];

describe('icons as client references', () => {
  it('the build exists', () => {
    expect(existsSync(path.join(esm, 'index.js')), 'run `pnpm --filter @goteborgsstad/icons build` first').toBe(true);
  });

  it("every icon module starts with 'use client'", () => {
    const modules = readdirSync(esm).filter((file) => /Icon\.js$/.test(file) && file !== 'createIcon.js');
    expect(modules.length).toBeGreaterThan(50);
    const missing = modules.filter((file) => firstStatement(read(file)) !== "'use client';");
    expect(missing).toEqual([]);
  });

  it('the index and createIcon are not client modules (iconSizes is a value on the server)', () => {
    expect(read('index.js')).not.toMatch(/['"]use client['"]/);
    expect(read('createIcon.js')).not.toMatch(/['"]use client['"]/);
  });
});
