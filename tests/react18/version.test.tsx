// Guards the React 18 projects themselves: if the aliases stopped working, every other test in
// `unit-react18`/`ssr-react18` would silently run on React 19 again.
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('React 18 project', () => {
  it('resolves react and react-dom to 18.3', () => {
    expect(version).toBe('18.3.1');
    expect(domVersion).toBe('18.3.1');
  });

  it('redirects CommonJS requires (Testing Library, react-dom internals) to the same React', () => {
    const require = createRequire(import.meta.url);
    expect((require('react') as { version: string }).version).toBe('18.3.1');
    expect((require('react-dom/server') as { renderToString: unknown }).renderToString).toBe(renderToString);
  });
});
