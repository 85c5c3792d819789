// Mounting helpers shared by the browser tests (hydration, screenshots, zoom).
import { act, type ComponentType } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { commands } from 'vitest/browser';

// Tell React that `act` is in use, so it flushes effects and does not warn.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Mounted = { container: HTMLElement; root: Root; unmount: () => Promise<void> };

function host(): HTMLElement {
  const container = document.createElement('div');
  container.dataset.testStoryHost = '';
  document.body.append(container);
  return container;
}

async function settle(): Promise<void> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

function unmounter(container: HTMLElement, root: Root) {
  return async () => {
    await act(async () => root.unmount());
    container.remove();
  };
}

/** Client render of a story into a fresh element at the end of <body>. */
export async function mount(Story: ComponentType): Promise<Mounted> {
  const container = host();
  const root = createRoot(container);
  await act(async () => root.render(<Story />));
  await settle();
  return { container, root, unmount: unmounter(container, root) };
}

/** Hydrates server HTML with the same story; collects React's recoverable errors. */
export async function hydrate(
  Story: ComponentType,
  html: string,
  onRecoverableError: (error: unknown) => void,
): Promise<Mounted> {
  const container = host();
  container.innerHTML = html;
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, <Story />, { onRecoverableError });
  });
  await settle();
  return { container, root: root!, unmount: unmounter(container, root!) };
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Playwright's page.emulateMedia (forced colours, colour scheme), defined in vitest.config.ts. */
    emulateMedia: (options: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark' }) => Promise<void>;
  }
}

export const emulateMedia = commands.emulateMedia;
