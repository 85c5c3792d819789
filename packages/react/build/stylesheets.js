// Vite plugin for the library build's CSS. Vite's library mode emits each vanilla-extract file's
// CSS as its own asset but drops the `import` of it from the JS. This plugin:
//  1. puts the imports back, so importing one component loads only its own CSS (and the CSS
//     of what it uses) in any bundler that understands CSS imports;
//  2. starts every CSS file with the cascade-layer order, so the order holds whichever file a
//     page happens to load first;
//  3. writes `styles.css`: every component's CSS in one file, for plain HTML pages;
//  4. turns the `base` entry into `base.css` only (it has no JavaScript).
import path from 'node:path';

/** Must match src/theme/layers.css.ts. */
export const LAYER_ORDER = '@layer gbg, gbg.base, gbg.components;';

const isCss = (fileName) => fileName.endsWith('.css');

/**
 * @param {{ baseEntry?: string }} [options] name of the lib entry that becomes base.css
 * @returns {import('vite').Plugin}
 */
export function gbgStylesheets({ baseEntry = 'base' } = {}) {
  return {
    name: 'gbg-stylesheets',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const withOrder = (css) => `${LAYER_ORDER}\n${css.replace(/^@layer [^;{]+;\s*/gm, '')}`;
      const baseCss = new Set();

      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const imported = [...(output.viteMetadata?.importedCss ?? [])];
        if (output.isEntry && output.name === baseEntry) {
          imported.forEach((file) => baseCss.add(file));
          delete bundle[output.fileName];
          continue;
        }
        if (imported.length === 0) continue;
        const dir = path.posix.dirname(output.fileName);
        const imports = imported
          .map((file) => {
            const relative = path.posix.relative(dir, file);
            return `import ${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)};`;
          })
          .join('\n');
        output.code = `${imports}\n${output.code.replace(/^\/\* empty css\s*\*\/\n?/gm, '')}`;
      }

      // styles.css follows the module graph (dependencies first), the order a bundler would
      // give the same CSS when an app imports the whole library.
      const ordered = [];
      const visited = new Set();
      const visit = (fileName) => {
        if (visited.has(fileName)) return;
        visited.add(fileName);
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk') return;
        chunk.imports.forEach(visit);
        for (const css of chunk.viteMetadata?.importedCss ?? []) {
          if (!ordered.includes(css)) ordered.push(css);
        }
      };
      Object.values(bundle)
        .filter((output) => output.type === 'chunk' && output.isEntry)
        .forEach((entry) => visit(entry.fileName));

      const original = new Map();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !isCss(output.fileName)) continue;
        original.set(output.fileName, String(output.source));
        output.source = withOrder(String(output.source));
        if (!ordered.includes(output.fileName) && !baseCss.has(output.fileName)) {
          ordered.push(output.fileName);
        }
      }

      const isBaseOwn = (file) => baseCss.has(file) && /(^|\/)base\.css$/.test(file);
      const componentCss = ordered.filter((file) => !isBaseOwn(file)).map((file) => original.get(file) ?? '');
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: withOrder(componentCss.join('\n')) });
      if (![...baseCss].some((file) => file === 'base.css')) {
        throw new Error('gbg-stylesheets: the base entry produced no base.css');
      }
    },
  };
}
