// @vitest-environment jsdom
// Issue 11 item 7: with the English locale every story is English, demo content included, and a
// right-to-left story shows Arabic content. Every story is composed with the preview annotations
// (the GbgProvider and demoArgs decorators) and the English locale, rendered to server HTML and
// read back. Stories convert with packages/react/src/storybook/demo.tsx.
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview.js';
import { composeAll } from '../shared/composed-stories.js';
import * as fixtures from './fixtures/Demo.stories.js';
import { checkStory, describeSwedish } from './render.js';

const stories = composeAll({ locale: 'en' });

describe('every story with the English locale', () => {
  it.each(stories.map((story) => [story.name, story] as const))('%s', (name, { Story }) => {
    const report = checkStory(Story);
    expect(report.swedish, describeSwedish(name, report)).toEqual([]);
    if (report.dir === 'rtl') {
      expect(report.arabic, `${name} is right to left but shows no Arabic text (use useDemoText/demoArgs with ar)`).toBe(
        true,
      );
    }
  });
});

describe('the detector, on fixture stories', () => {
  const english = { ...preview, initialGlobals: { ...preview.initialGlobals, locale: 'en' } };
  const composed = composeStories(fixtures, english);

  it('passes stories converted with demoArgs, useDemoText and <Demo>', () => {
    for (const Story of [composed.Converted, composed.ConvertedRender]) {
      const report = checkStory(Story);
      expect(report.swedish).toEqual([]);
      expect(report.dir).toBe('ltr');
    }
  });

  it('passes a right-to-left story with Arabic content', () => {
    const report = checkStory(composed.RightToLeft);
    expect(report).toMatchObject({ dir: 'rtl', swedish: [], arabic: true });
  });

  it('fails a story left in Swedish, naming the story and the words', () => {
    const report = checkStory(composed.LeftInSwedish);
    expect(report.swedish.flatMap((hit) => hit.words)).toEqual(['Förnamn', 'Som', 'det', 'står', 'folkbokföringen']);
    expect(describeSwedish('Fixtures/Demo/LeftInSwedish', report)).toMatch(
      /^Fixtures\/Demo\/LeftInSwedish shows Swedish with the English locale: Förnamn, Som, det, står, folkbokföringen/,
    );
  });

  it('fails a right-to-left story without Arabic', () => {
    const report = checkStory(composed.RightToLeftInSwedish);
    expect(report.dir).toBe('rtl');
    expect(report.arabic).toBe(false);
    expect(report.swedish).not.toEqual([]);
  });

  it('shows Swedish by default: the demo text depends on the locale, not on the story', () => {
    // The Swedish provider sets lang="sv", which the English check skips: read the raw HTML.
    const swedish = composeStories(fixtures, preview);
    expect(renderToString(<swedish.Converted />)).toContain('Förnamn');
    expect(renderToString(<swedish.ConvertedRender />)).toContain('Fyll i ditt namn.');
    expect(checkStory(swedish.Converted).swedish).toEqual([]);
  });
});
