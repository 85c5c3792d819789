// @vitest-environment node
// Development warnings must cost nothing in an app's production build: bundled the way apps are
// (NODE_ENV replaced by "production"), the shared field wiring and the icons keep none of their
// warning texts. A check that cannot be folded (`typeof process`, a helper call) keeps them, as
// it did before.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function productionBundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: src,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'entry',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('virtual:entry') ? '\0entry' : undefined),
        load: (id) => (id === '\0entry' ? entry : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      lib: { entry: 'virtual:entry', formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: ['react', 'react/jsx-runtime'] },
    },
  })) as Rollup.RollupOutput[];
  return result[0]!.output[0].code;
}

describe('production bundles', () => {
  it('keep no development texts of useFormField and warnOnce', async () => {
    const code = await productionBundle(
      `export { useFormField } from ${JSON.stringify(path.join(src, 'form/useFormField.ts'))};`,
    );
    expect(code).toContain('aria-describedby'); // the wiring itself is there
    expect(code).not.toContain('is set from');
    expect(code).not.toContain('[gbg]');
    expect(code).not.toContain('console.warn');
  });

  it('keep no development texts of the icons', async () => {
    const code = await productionBundle(`export { CloseIcon } from '@goteborgsstad/icons';`);
    expect(code).toContain('gbg-icon');
    expect(code).not.toContain('is not valid');
    expect(code).not.toContain('brand rule');
    expect(code).not.toContain('console.error');
  });
});
