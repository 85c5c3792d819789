import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { gbgIdentifiers } from './build/identifiers.js';
import { gbgStylesheets } from './build/stylesheets.js';

// Library build: ES modules only, one output file per source module so an app that imports
// one component gets only that component's JS and CSS. Also writes dist/styles.css (all
// component CSS, for plain HTML pages) and dist/base.css (the opt-in element defaults).
export default defineConfig({
  plugins: [react(), vanillaExtractPlugin({ identifiers: gbgIdentifiers }), gbgStylesheets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    cssCodeSplit: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'personnummer/index': 'src/personnummer/index.ts',
        'date/index': 'src/date/index.ts',
        'organisationsnummer/index': 'src/organisationsnummer/index.ts',
        'phone/index': 'src/phone/index.ts',
        'postalcode/index': 'src/postalcode/index.ts',
        base: 'src/base.css.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react(\/|$)/, /^react-dom(\/|$)/, /^@vanilla-extract\//, /^@goteborgsstad\/(tokens|icons)(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: (asset) => (asset.names[0] ?? '[name]').replace(/\.css\.ts\.vanilla\.css$/, '.css'),
      },
    },
  },
});
