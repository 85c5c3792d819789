// What a screen reader receives from the components (e-service inputs of issue 10, navigation and
// controls) and the e-service flows: the accessibility tree Chromium computes (roles, names,
// descriptions, states), read over the DevTools protocol (axTree.ts) and compared with the
// committed text in __ax__/. Each file is a claim about what a reader gets, reviewed like a
// screenshot baseline: update with `-u` only after reading the diff. jsdom's tree is an
// approximation; this one is the browser's own.
// Stories with `parameters.visual.play` are read after their play function (calendar open,
// options listed, warning shown), with the same fixed clock as the screenshots.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import { mount } from '../browser/render.js';
import { composeAll, type ComposedStory } from '../shared/composed-stories.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Chromium's accessibility tree under the element with that attribute value (tests/a11y/axTree.ts). */
    axTree: (attribute: string, value: string) => Promise<string>;
  }
}

type Playable = {
  parameters?: { visual?: { play?: boolean; now?: string | number } };
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

/** The e-service inputs and flow components of issue 10, and the pages that string them together. */
const E_SERVICE = [
  'DateInput',
  'DatePicker',
  'TimeInput',
  'FileUpload',
  'Combobox',
  'PasswordInput',
  'OrganisationsnummerField',
  'PostalCodeField',
  'PhoneField',
  'PersonnummerField',
  'StepIndicator',
  'CheckAnswers',
  'Receipt',
  'SessionTimeout',
  'SignInButton',
  'ErrorSummary',
];
/** Navigation, controls, disclosures, dialogs and feedback: the patterns of the WAI-ARIA practices. */
const NAVIGATION_AND_CONTROLS = [
  'Accordion',
  'Alert',
  'BackLink',
  'Breadcrumbs',
  'Button',
  'Checkbox',
  'CheckboxGroup',
  'ConfirmDialog',
  'Details',
  'Dialog',
  'Header',
  'LanguageSwitcher',
  'Link',
  'Pagination',
  'Popover',
  'RadioGroup',
  'SearchField',
  'Select',
  'SideNavigation',
  'SkipLink',
  'Switch',
  'Table',
  'TableOfContents',
  'Tabs',
  'Tag',
  'TaskList',
  'Textarea',
  'TextField',
  'Tooltip',
  'Footer',
  'ProgressBar',
  'ServiceStatus',
];
const COMPONENTS = [...E_SERVICE, ...NAVIGATION_AND_CONTROLS];
/** Stories whose play only has something to open on a phone (the header's menu button): read at 320 px. */
const NARROW = ['Komponenter/Header/MenuOpen'];
const FLOWS = ['Mönster/Flöden/Ansök om bygglov/AnsokOmBygglov', 'Mönster/Felhantering i formulär/EfterFelaktigtSkick'];

const plays = (story: ComposedStory) => (story.Story as Playable).parameters?.visual?.play === true;
const chosen = composeAll().filter(
  (story) =>
    FLOWS.includes(story.name) ||
    (COMPONENTS.some((name) => story.title === `Komponenter/${name}`) && (story.first || plays(story))),
);
const fileName = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

afterEach(() => {
  vi.useRealTimers();
});

describe('accessibility tree (Chromium) of the components', () => {
  it('covers every listed component and flow', () => {
    for (const name of COMPONENTS) expect(chosen.some((story) => story.title === `Komponenter/${name}`), name).toBe(true);
    for (const name of [...FLOWS, ...NARROW]) expect(chosen.some((story) => story.name === name), name).toBe(true);
  });

  it.each(chosen.map((story) => [story.name, story] as const))('%s', async (name, story) => {
    await page.viewport(NARROW.includes(name) ? 320 : 1280, 800);
    const { parameters, play } = story.Story as Playable;
    const now = parameters?.visual?.now;
    if (now !== undefined) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
    }
    const mounted = await mount(story.Story);
    try {
      if (plays(story)) await play?.({ canvasElement: mounted.container });
      const id = fileName(name);
      mounted.container.dataset.axRoot = id;
      const tree = await commands.axTree('data-ax-root', id);
      // A tree with nothing a reader can meet would pass any snapshot made from it.
      expect(tree.trim().length).toBeGreaterThan(0);
      await expect(tree).toMatchFileSnapshot(`./__ax__/${id}.txt`);
    } finally {
      await mounted.unmount();
    }
  });
});
