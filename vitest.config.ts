import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.js';
import { gbgIdentifiers } from './packages/react/build/identifiers.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Modules Vite would otherwise discover late in the browser run; a late discovery reloads the
// page and fails every story import (measured on this machine kind).
const browserDeps = [
  '@vanilla-extract/recipes/createRuntimeFn',
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
];

/** Each browser project gets its own browser object; sharing one breaks the second project. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        // Pure Node tests: token build, brand-check engine, scripts.
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{tokens,brand-check}/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'tests/consumers/.work/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Component behaviour in jsdom with Testing Library.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/{react,icons}/src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.tsx'],
          setupFiles: ['./packages/react/test/setup.ts'],
        },
      },
      {
        // Every story rendered to a string in plain Node (no window): tests/ssr/.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['tests/ssr/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/*.browser.test.tsx'],
        },
      },
      {
        // Every story as a test in real Chromium, with axe failing on any violation.
        plugins: [
          storybookTest({ configDir: path.join(dirname, '.storybook') }),
        ],
        optimizeDeps: { include: browserDeps },
        test: {
          name: 'storybook',
          browser: browser(),
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
