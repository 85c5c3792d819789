import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { chromiumPath, chromiumArgs } from './scripts/chromium.js';
import { gbgIdentifiers } from './packages/react/build/identifiers.js';
import { axTree } from './tests/a11y/axTree.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Modules Vite would otherwise discover late in the browser run; a late discovery reloads the
// page and fails every story import (measured on this machine kind).
const browserDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
];

// React 18.3 for the `*-react18` projects: the `react18`/`react-dom18` root devDependencies
// stand in for every react entry point (CommonJS requires: tests/react18/setup.ts).
const react18 = {
  alias: [
    { find: /^react$/, replacement: 'react18' },
    { find: /^react\/(.*)$/, replacement: 'react18/$1' },
    { find: /^react-dom$/, replacement: 'react-dom18' },
    { find: /^react-dom\/(.*)$/, replacement: 'react-dom18/$1' },
  ],
};
// Storybook's ESM packages import react themselves; run them through Vite so the alias applies.
const react18Inline = [/@storybook\//];

// Extra playwright access for the cross-cutting browser tests (tests/browser/render.tsx).
const emulateMedia: BrowserCommand<[{ forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark' }]> = async (
  context,
  options,
) => {
  await context.page.emulateMedia(options);
};

/**
 * Each browser project gets its own browser object; sharing one breaks the second project.
 * `page` sizes the outer Playwright page: Vitest shrinks a test iframe that does not fit in it.
 */
const browser = (page?: { width: number; height: number }) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    ...(page && { contextOptions: { viewport: page } }),
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Workers: Vitest 4.1's default is cores − 1, one worker on this 2-core machine kind. `test:unit`
// passes `--maxWorkers=2` (28 unit files under the same load: 335 s → 309 s). The browser projects
// keep one page each: two story pages were slower on 2 cores (15 files: 308 s → 413 s).
export default defineConfig({
  test: {
    projects: [
      {
        // Pure Node tests: token build, brand-check engine, scripts.
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{tokens,brand-check,mcp}/**/*.test.ts', 'tests/**/*.test.ts'],
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
          // tests/locale: every story in English and right to left has no Swedish demo text.
          include: ['tests/ssr/**/*.test.tsx', 'tests/locale/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/*.browser.test.tsx'],
        },
      },
      {
        // The unit tests again on React 18.3 (forwardRef, useId and friends must work there too).
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        resolve: react18,
        test: {
          name: 'unit-react18',
          environment: 'jsdom',
          include: ['packages/{react,icons}/src/**/*.test.{ts,tsx}', 'tests/react18/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.tsx'],
          setupFiles: ['./tests/react18/setup.ts', './packages/react/test/setup.ts'],
          server: { deps: { inline: react18Inline } },
        },
      },
      {
        // Server rendering of every story on React 18.3.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        resolve: react18,
        test: {
          name: 'ssr-react18',
          environment: 'node',
          include: ['tests/ssr/**/*.test.tsx', 'tests/react18/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/*.browser.test.tsx'],
          setupFiles: ['./tests/react18/setup.ts'],
          server: { deps: { inline: react18Inline } },
        },
      },
      {
        // Hydration of every story's server HTML, and the 200 % zoom reflow check, in Chromium.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        optimizeDeps: { include: [...browserDeps, 'react-dom/server', '@storybook/react-vite', 'axe-core'] },
        test: {
          name: 'browser',
          // Plus components' own real-browser behaviour tests (what jsdom lacks: <dialog>, top layer).
          include: ['tests/ssr/**/*.browser.test.tsx', 'tests/visual/zoom.browser.test.tsx', 'packages/react/src/**/*.browser.test.tsx'],
          browser: { ...browser(), commands: { emulateMedia }, screenshotFailures: false },
        },
      },
      {
        // Accessibility checks of every story beyond axe (error state, focus covering targets,
        // 200 % text), the Logo's geometry in LTR and RTL, and Chromium's own accessibility tree
        // of the e-service components, in Chromium: tests/a11y/.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        optimizeDeps: { include: [...browserDeps, '@storybook/react-vite'] },
        test: {
          name: 'a11y',
          include: ['tests/a11y/**/*.browser.test.tsx'],
          // Failures print the offending elements; no stray screenshot files in the tree.
          browser: { ...browser(), screenshotFailures: false, commands: { axTree } },
        },
      },
      {
        // Screenshots of stories (light, dark, RTL, forced colours × 320/1280 px): tests/visual/.
        plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
        optimizeDeps: { include: [...browserDeps, '@storybook/react-vite'] },
        test: {
          name: 'visual',
          include: ['tests/visual/visual.browser.test.tsx'],
          // Room for a 1280 px story at full height: a smaller page would scale the shots down and
          // leave everything below the fold blank (tests/visual/README.md).
          browser: { ...browser({ width: 1280, height: 8000 }), commands: { emulateMedia } },
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
          // One test iframe for all story files: each file re-ran the preview setup (Storybook
          // annotations, axe) in a fresh iframe. Each story still renders and is checked on its
          // own; the shared page holds the CSS of earlier files, as an app's one stylesheet does.
          // Measured on the full run: 228 s → 133 s (setup 104 s → 17 s).
          browser: { ...browser(), isolate: false },
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
