/**
 * Preview side of the "Varumärke" panel: after every story render, audit the story's DOM in
 * this iframe with the same collector and rules as `gbg-brand audit`, and send the findings to
 * the manager. Only browser-safe modules of brand-check are imported (no Node built-ins).
 */
import { addons } from 'storybook/preview-api';
import { STORY_RENDERED } from 'storybook/internal/core-events';
import { collectPage } from '../../packages/brand-check/src/audit/collect.js';
import { evaluatePage } from '../../packages/brand-check/src/audit/evaluate.js';
import { LOGO_NAMES } from '../../packages/brand-check/src/engine.js';
import { REQUEST, RESULT, type BrandResult } from './constants.js';

let current = '';

function run(storyId: string): void {
  const channel = addons.getChannel();
  const theme = document.querySelector('[data-gbg-theme]')?.getAttribute('data-gbg-theme') ?? 'light';
  let result: BrandResult;
  try {
    const page = collectPage({ logoNames: [...LOGO_NAMES], root: '#storybook-root' });
    const findings = evaluatePage(page, { locale: 'sv' }).map(({ rule, severity, selector, message, suggestion }) => ({
      rule,
      severity,
      message,
      ...(selector ? { selector } : {}),
      ...(suggestion ? { suggestion } : {}),
    }));
    result = { storyId, theme, findings };
  } catch (error) {
    result = { storyId, theme, findings: [], error: (error as Error).message };
  }
  channel.emit(RESULT, result);
}

/** Resolves when every stylesheet link has loaded: a story's CSS chunk can arrive after its first render. */
function stylesLoaded(): Promise<void> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  return Promise.all(pending.map((l) => new Promise<void>((resolve) => {
    l.addEventListener('load', () => resolve(), { once: true });
    l.addEventListener('error', () => resolve(), { once: true });
  }))).then(() => undefined);
}

/** Wait for styles, fonts and two frames so the audit sees what the user sees. */
function schedule(storyId: string): void {
  current = storyId;
  void stylesLoaded().then(() => document.fonts.ready).then(() =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (current === storyId) run(storyId);
      }),
    ),
  );
}

const channel = addons.getChannel();
channel.on(STORY_RENDERED, (storyId: string) => schedule(storyId));
channel.on(REQUEST, () => {
  if (current) schedule(current);
});

export {};
