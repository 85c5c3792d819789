// Renders a composed story to its server HTML and reads it back as a DOM (jsdom), the
// cheapest honest view of what the story shows on first paint.
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { collectText, findSwedish, hasArabic } from './swedish.js';

export type LocaleReport = {
  /** `dir` on the story's provider wrapper: `rtl` when the story's own globals ask for it. */
  dir: string | null;
  /** Swedish words found, each with the text it was found in. */
  swedish: { words: string[]; text: string }[];
  arabic: boolean;
};

export function checkStory(Story: ComponentType): LocaleReport {
  const host = document.createElement('div');
  host.innerHTML = renderToString(<Story />);
  const provider = host.querySelector('[data-gbg-theme]');
  const texts = collectText(host);
  const swedish = texts
    .map((text) => ({ words: findSwedish(text), text: text.length > 80 ? `${text.slice(0, 77)}…` : text }))
    .filter((hit) => hit.words.length > 0);
  return { dir: provider?.getAttribute('dir') ?? null, swedish, arabic: texts.some(hasArabic) };
}

/** A readable failure message: the story, the Swedish words and where they were found. */
export function describeSwedish(name: string, report: LocaleReport): string {
  const words = [...new Set(report.swedish.flatMap((hit) => hit.words))];
  const where = report.swedish.map((hit) => `  "${hit.text}"`).join('\n');
  return `${name} shows Swedish with the English locale: ${words.join(', ')}\n${where}`;
}
