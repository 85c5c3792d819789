// Setup for the `*-react18` vitest projects. Vite aliases send the tests' and the sources'
// `react`/`react-dom` imports to the `react18`/`react-dom18` packages, but CommonJS packages that
// Node loads itself (react-dom 18, @testing-library/react) call `require('react')`, which pnpm
// links to React 19 (the workspace's version). Redirect those requires too, so one React runs.
import Module, { createRequire } from 'node:module';

const rootRequire = createRequire(import.meta.url);
const REACT = /^(react|react-dom)(\/.*)?$/;

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve & { gbgReact18?: true } };

if (!moduleWithResolve._resolveFilename.gbgReact18) {
  const original = moduleWithResolve._resolveFilename;
  const patched: Resolve & { gbgReact18?: true } = function (this: unknown, request, ...rest) {
    const match = REACT.exec(request);
    if (match) return rootRequire.resolve(`${match[1]}18${match[2] ?? ''}`);
    return original.call(this, request, ...rest);
  };
  patched.gbgReact18 = true;
  moduleWithResolve._resolveFilename = patched;
}
