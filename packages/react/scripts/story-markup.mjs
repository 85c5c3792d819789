// The plain-HTML markup of each component's first story, rendered on the server from the story
// sources. Stories are TypeScript with vanilla-extract styles, so they load through a Vite
// server in middleware mode with the same plugins (and class names) as the library build.
import path from 'node:path';
import { createServer } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { gbgIdentifiers } from '../build/identifiers.js';

/** The first `export const` in the file: the story the docs page opens with. */
export function firstStoryName(source) {
  return /^export const (\w+)/m.exec(source)?.[1];
}

/**
 * A Vite server (middleware mode, no HTTP) that loads the package's TypeScript sources.
 * @param {string} packageDir the react package folder
 */
export async function openSourceLoader(packageDir) {
  const server = await createServer({
    root: packageDir,
    configFile: false,
    // Load errors are reported by the manifest script, one line each.
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers })],
    resolve: {
      // Stories import the library by its public name; give them the source, like Storybook does.
      alias: [{ find: /^@goteborgsstad\/react$/, replacement: path.join(packageDir, 'src/index.ts') }],
    },
  });
  return {
    /** @param {string} file absolute path */
    load: (file) => server.ssrLoadModule(file),
    close: () => server.close(),
  };
}

/**
 * Renders the first story of a loaded story module to static HTML.
 * @param {Record<string, unknown>} module the story module
 * @param {string} source its source text (a module namespace lists exports alphabetically)
 * @returns {{ story: string | undefined, html: string | null, error?: string, warnings: string[] }}
 */
export function renderFirstStory(module, source) {
  const story = firstStoryName(source);
  // Development warnings a story shows on purpose (the Logo placeholder) are collected, not
  // printed into the build log; the story tests are where warnings are checked.
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  try {
    return { ...renderStory(module, story), warnings };
  } finally {
    console.warn = warn;
  }
}

function renderStory(module, story) {
  try {
    const composed = composeStories(module);
    const Story = story ? composed[story] : undefined;
    if (!Story) return { story, html: null, error: 'no story exported' };
    return { story, html: renderToStaticMarkup(createElement(Story)) };
  } catch (error) {
    // A story that cannot render on the server leaves its markup out; the build says which.
    return { story, html: null, error: error instanceof Error ? error.message : String(error) };
  }
}
