import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { gbgIdentifiers } from '../packages/react/build/identifiers.js';
import { gbgDocgen } from './docgen-plugin.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../docs/**/*.mdx',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.tsx',
    // Doc blocks of the guide pages, as hidden stories so the story tests run axe on them.
    '../docs/**/*.stories.tsx',
  ],
  addons: [
    {
      name: '@storybook/addon-docs',
      // GitHub-flavoured Markdown: the keyboard and reference tables on the pages are GFM tables.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    // "Varumärke" panel: the gbg-brand audit rules, live on the story on screen.
    path.join(dirname, 'brand-panel/preset.ts'),
    // Every docs page: component status and changes, and "Ge återkoppling på sidan".
    path.join(dirname, 'docs-frame/preset.ts'),
  ],
  core: { disableTelemetry: true },
  // The component manifest and llms.txt (built with @goteborgsstad/react) at the site root, so AI
  // assistants and tools find them beside the docs: /llms.txt and /manifest.json.
  staticDirs: [
    { from: '../packages/react/dist/llms.txt', to: '/llms.txt' },
    { from: '../packages/react/dist/manifest.json', to: '/manifest.json' },
  ],
  // Sidebar search also matches the docs pages' headings, so a Swedish name in a component
  // page's title ("Button (knapp)") finds the component while the sidebar keeps the code name.
  features: { experimentalSearchDocsHeadings: true },
  // Props come from react-docgen-typescript on the TypeScript 6 API (./docgen-plugin.ts); the
  // built-in docgen would run as well and lose unions and imported types.
  typescript: { reactDocgen: false },
  viteFinal: (config) =>
    mergeConfig(config, {
      // Same class names as the published stylesheet (gbg-<debugId>).
      plugins: [
        vanillaExtractPlugin({ identifiers: gbgIdentifiers }),
        gbgDocgen(path.resolve(dirname, '../packages/react/src')),
      ],
      // Found late, these make the dev server re-optimise and reload the preview.
      optimizeDeps: {
        include: ['react', 'react-dom', 'react-dom/client'],
      },
      resolve: {
        // Docs and stories import the library by its public name but get the source, so edits
        // show up without a build.
        alias: [
          {
            find: /^@goteborgsstad\/react$/,
            replacement: path.resolve(dirname, '../packages/react/src/index.ts'),
          },
        ],
      },
    }),
});
