// Server rendering of every story in a plain Node environment (no window, no document), with the
// Storybook decorators applied. Also runs on React 18.3 (project `ssr-react18`).
// The per-component checks below replace the old `*.ssr.test.tsx` files beside each component,
// which rendered the same stories again: each says what the server HTML of that component's
// stories must contain, so a component that renders the wrong element (or nothing) fails here.
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeAll } from '../shared/composed-stories.js';

const stories = composeAll();

/** Markup every story of a component's stories file must contain, by the file's folder name. */
const everyStoryOf: Record<string, RegExp> = {
  Button: /<(button|a) /,
  ButtonGroup: /<div role="group"/,
  Container: /<(div|main|section)[^>]*class="gbg-container/,
  Divider: /<hr/,
  ErrorSummary: /tabindex="-1"[\s\S]*href="#es-namn"|href="#es-namn"[\s\S]*tabindex="-1"/,
  Grid: /<(div|ul|section)[^>]*class="gbg-grid/,
  Heading: /<h[1-6] /,
  Icon: /<svg/,
  Link: /<a /,
  List: /<(ul|ol|div)[^>]*class="gbg-list/,
  Logo: /gbg-logo/,
  PersonnummerField: /<input[^>]*inputMode="numeric"/,
  SearchField: /role="search"/,
  // Arabic: the right-to-left story's text from the app's Arabic string overrides.
  SenderText: /Göteborgs Stad|City of Gothenburg|مدينة يوتبوري/,
  SkipLink: /href="#huvudinnehall"/,
  Stack: /<(div|ul)[^>]*class="gbg-stack/,
  Text: /gbg-text/,
  VisuallyHidden: /gbg-visually-hidden/,
};

/** Checks of single stories, by `title/export`. */
const oneStory: Record<string, RegExp[]> = {
  'Komponenter/Grid/Responsive': [/--gbg-grid-columns-md:2/],
  'Komponenter/SearchField/Standard': [
    /<form[^>]*action="\/sok"[^>]*method="get"/,
    /<input[^>]*type="search"[^>]*name="q"/,
    /<button[^>]*type="submit"/,
  ],
};

/** The component folder of a stories file: `packages/react/src/components/Button/…` -> `Button`. */
const componentOf = (file: string) => /\/components\/([^/]+)\//.exec(file)?.[1];

/** What the story itself rendered: the provider's wrapper and its live regions removed. */
function storyMarkup(html: string): string {
  return html
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .replace(/<span[^>]*data-gbg-announcer="(polite|assertive)"[^>]*><\/span>/g, '');
}

describe('server rendering (renderToString in Node)', () => {
  let errors: unknown[][];
  beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(stories.length).toBeGreaterThan(0);
  });

  it('checks only components and stories that exist (a rename must update the checks)', () => {
    const components = new Set(stories.map((story) => componentOf(story.file)));
    expect(Object.keys(everyStoryOf).filter((name) => !components.has(name))).toEqual([]);
    const names = stories.map((story) => story.name);
    expect(Object.keys(oneStory).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', (_name, story) => {
    // Any `window`/`document` access during render throws a ReferenceError here.
    const html = renderToString(<story.Story />);
    expect(errors, 'console.error during server render').toEqual([]);
    // The GbgProvider decorator wraps every story: the theme attribute proves it ran, and its
    // live region pair is in the server HTML (screen readers need it before the first message).
    expect(html).toMatch(/^<div[^>]*data-gbg-theme="(light|dark|auto)"/);
    expect(html.match(/data-gbg-announcer="polite"/g), 'one polite live region').toHaveLength(1);
    // The story rendered something of its own inside the provider.
    expect(storyMarkup(html)).toMatch(/<[a-z]/);
    const component = componentOf(story.file);
    if (component && everyStoryOf[component]) expect(html).toMatch(everyStoryOf[component]);
    for (const pattern of oneStory[story.name] ?? []) expect(html).toMatch(pattern);
  });
});
