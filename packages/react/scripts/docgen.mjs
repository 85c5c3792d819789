// Props of every component, read from the TypeScript types with react-docgen-typescript.
// TypeScript 7 is a native compiler with no JavaScript API, so react-docgen-typescript is handed
// the TypeScript 6 API (@typescript/typescript6) in place of the workspace's `typescript`.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function loadDocgenWithTs6() {
  const ts6 = require('@typescript/typescript6');
  const parserFile = require.resolve('react-docgen-typescript/lib/parser.js');
  const tsFromDocgen = createRequire(parserFile).resolve('typescript');
  // Seed the CommonJS cache: react-docgen-typescript's `require("typescript")` then gets TS 6.
  const Module = require('node:module');
  const entry = new Module(tsFromDocgen);
  entry.filename = tsFromDocgen;
  entry.loaded = true;
  entry.exports = ts6;
  require.cache[tsFromDocgen] = entry;
  const docgen = require('react-docgen-typescript');
  // react-docgen-typescript 2.4 caches props inherited from node_modules by name across
  // components, so Button's own `aria-label` declaration leaked into every later component.
  // A fresh cache per component keeps each component's props its own.
  const getPropsInfo = docgen.Parser.prototype.getPropsInfo;
  docgen.Parser.prototype.getPropsInfo = function (...args) {
    this.propertiesOfPropsCache?.clear();
    return getPropsInfo.apply(this, args);
  };
  return { docgen, ts: ts6 };
}

/**
 * @param {string} packageDir the react package folder
 * @param {string[]} files component source files
 */
export function readComponentDocs(packageDir, files) {
  const { docgen, ts } = loadDocgenWithTs6();
  const parser = docgen.withCompilerOptions(
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      skipLibCheck: true,
      esModuleInterop: true,
    },
    {
      // Own props only: declared in this package, not the HTML attributes from @types/react.
      // (react-docgen-typescript shortens file names, so test for node_modules rather than a path.)
      propFilter: (prop) => (prop.declarations ?? []).some((d) => !d.fileName.includes('node_modules')),
      // Name each component after its export. The default resolver reads `X.displayName = …`
      // assignments in the file and gave LogoAssets.tsx's exports the context's name.
      componentNameResolver: (exp) => (exp.getName() === 'default' ? undefined : exp.getName()),
      // `children` is an own prop like any other, documented or not.
      skipChildrenPropWithoutDoc: false,
      shouldExtractLiteralValuesFromEnum: true,
      shouldExtractValuesFromUnion: true,
      shouldRemoveUndefinedFromOptional: true,
      shouldIncludePropTagMap: true,
      savePropValueAsString: true,
    },
  );
  return parser.parse(files);
}
