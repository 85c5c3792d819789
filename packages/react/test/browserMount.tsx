// One harness for the Chromium tests (vitest project `browser`): render into a fresh element on
// the page, or put server HTML there and hydrate it later. Whatever a test mounted is unmounted
// and removed after it, and the URL fragment and scroll position a test changed are reset, so
// tests in one file do not see each other.
import { act, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach } from 'vitest';
import { userEvent } from 'vitest/browser';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Mounted {
  container: HTMLElement;
  root?: Root;
}

const mounted: Mounted[] = [];

function attach(): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const entry: Mounted = { container };
  mounted.push(entry);
  return entry;
}

/** Renders `node` with React into a new element at the end of `<body>`; returns that element. */
export async function mount(node: ReactNode): Promise<HTMLElement> {
  const entry = attach();
  const root = createRoot(entry.container);
  entry.root = root;
  await act(async () => root.render(node));
  return entry.container;
}

/** The server HTML of `node` on the page, not hydrated: what a reader has before JavaScript runs. */
export function mountServerHtml(node: ReactNode): HTMLElement {
  const entry = attach();
  entry.container.innerHTML = renderToString(node);
  return entry.container;
}

/**
 * Hydrates a container from `mountServerHtml` with `node`, waits for effects and the tasks they
 * queue, and returns React's recoverable errors (a hydration mismatch shows up there).
 */
export async function hydrate(container: HTMLElement, node: ReactNode): Promise<unknown[]> {
  const entry = mounted.find((candidate) => candidate.container === container);
  if (!entry) throw new Error('hydrate(): pass a container returned by mountServerHtml().');
  const recoverable: unknown[] = [];
  await act(async () => {
    entry.root = hydrateRoot(container, node, { onRecoverableError: (error) => recoverable.push(error) });
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
  return recoverable;
}

/**
 * A real key press, then a short pause inside act: events the browser fires as a task after the
 * key (such as `toggle` on `<details>`) reach React's state before the test reads the page.
 */
export const press = (key: string) =>
  act(async () => {
    await userEvent.keyboard(key);
    await new Promise((resolve) => setTimeout(resolve, 30));
  });

afterEach(async () => {
  for (const { root, container } of mounted.splice(0)) {
    if (root) await act(async () => root.unmount());
    container.remove();
  }
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  window.scrollTo(0, 0);
});
