// The root GbgProvider's theme reaches the page edges: <html> gets color-scheme and the page
// background (issue: "with the dark theme on the root provider, body stays white outside it").
import '@goteborgsstad/tokens/tokens.css';
import { GbgProvider } from '../../packages/react/src/provider/GbgProvider.js';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  await commands.emulateMedia({ colorScheme: 'light' });
});

/** Renders `element` into a fresh host: a child of <body>, or nested `depth` levels deeper. */
async function renderAt(element: React.ReactElement, depth = 1) {
  let parent: HTMLElement = document.body;
  const outer = document.createElement('div');
  parent.append(outer);
  parent = outer;
  for (let i = 1; i < depth; i += 1) parent = parent.appendChild(document.createElement('div'));
  const root = createRoot(parent);
  await act(async () => root.render(element));
  cleanups.push(async () => {
    await act(async () => root.unmount());
    outer.remove();
  });
}

const page = () => getComputedStyle(document.documentElement);

describe('the root provider theme colours the whole page', () => {
  it('no provider: the page keeps the token defaults (light, no page background)', async () => {
    expect(page().colorScheme).toBe('light');
    expect(page().backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });

  it('dark: color-scheme dark and a black page background on <html>', async () => {
    await renderAt(<GbgProvider theme="dark">Innehåll</GbgProvider>);
    expect(page().colorScheme).toBe('dark');
    expect(page().backgroundColor).toBe('rgb(0, 0, 0)');
    expect(page().color).toBe('rgb(255, 255, 255)');
  });

  it('auto follows the reader: dark when they prefer dark', async () => {
    await renderAt(<GbgProvider theme="auto">Innehåll</GbgProvider>);
    expect(page().colorScheme).toBe('light dark');
    expect(page().backgroundColor).toBe('rgb(255, 255, 255)');
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(page().backgroundColor).toBe('rgb(0, 0, 0)');
  });

  it('a nested dark provider does not repaint the page', async () => {
    await renderAt(
      <GbgProvider theme="light">
        <GbgProvider theme="dark">Mörk sidfot</GbgProvider>
      </GbgProvider>,
    );
    expect(page().colorScheme).toBe('light');
    expect(page().backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('a provider deep inside the page (a story on a docs page) does not repaint it', async () => {
    await renderAt(<GbgProvider theme="dark">Exempel</GbgProvider>, 4);
    expect(page().colorScheme).toBe('light');
    expect(page().backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });
});
