// The responsive heading scale in real Chromium: headings shrink to the narrow sizes at 320 px,
// take the midpoint from breakpoint.md and the full sizes from breakpoint.lg, grow with the text size, and the page title of the form pattern keeps its long
// compound on one line at 320 px (this Chromium has no hyphenation dictionaries, so the size
// alone must make it fit).
import { composeStories } from '@storybook/react-vite';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../../../.storybook/preview.js';
import { mount as mountNode } from '../../test/browserMount.js';
import { Heading, type HeadingLevel } from '../components/Heading/Heading.js';
import { GbgProvider } from '../provider/index.js';
import * as formStories from './ParkingPermitForm.stories.js';

const { AnsokOmParkeringstillstand } = composeStories(formStories, preview);

async function mount(node: React.ReactNode): Promise<HTMLElement> {
  const container = await mountNode(node);
  await document.fonts.ready;
  return container;
}

afterEach(async () => {
  await page.viewport(414, 896);
});

/** The lines a word of an element's text is laid out on (more than one: broken mid-word). */
function linesOfWord(element: HTMLElement, word: string): number {
  const text = element.firstChild as Text;
  const start = text.data.indexOf(word);
  expect(start, `"${word}" in "${text.data}"`).toBeGreaterThanOrEqual(0);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + word.length);
  const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
  return tops.size;
}

const fontSize = (element: Element) => getComputedStyle(element).fontSize;

// Narrow and full sizes in px, from tokens/brand/typography.json (font.heading-size, font.size).
const expected: Record<HeadingLevel, [narrow: string, full: string]> = {
  1: ['28px', '48px'],
  2: ['24px', '36px'],
  3: ['20px', '28px'],
  4: ['20px', '24px'],
  5: ['20px', '20px'],
  6: ['18px', '18px'],
};
const levels = [1, 2, 3, 4, 5, 6] as const;

/** Computed sizes in px, rounded to a tenth (the fluid middle term is computed, not exact). */
async function headingsAt(width: number): Promise<string[]> {
  await page.viewport(width, 800);
  const container = await mount(
    <GbgProvider>
      {levels.map((level) => (
        <Heading key={level} level={level}>
          Rubrik
        </Heading>
      ))}
    </GbgProvider>,
  );
  return levels.map((level) => `${Math.round(parseFloat(fontSize(container.querySelector(`h${level}`)!)) * 10) / 10}px`);
}

describe('responsive heading scale', () => {
  it('uses the narrow sizes at 320 px', async () => {
    expect(await headingsAt(320)).toEqual(levels.map((level) => expected[level][0]));
  });

  it('uses the full sizes from breakpoint.lg (1024 px) up', async () => {
    expect(await headingsAt(1024)).toEqual(levels.map((level) => expected[level][1]));
  });

  it('stays at the full sizes at 1280 px', async () => {
    expect(await headingsAt(1280)).toEqual(levels.map((level) => expected[level][1]));
  });

  it('takes the midpoint from breakpoint.md (768 px) and the narrow size below it', async () => {
    expect((await headingsAt(767))[0]).toBe('28px');
    expect((await headingsAt(768))[0]).toBe('38px');
  });

  it('doubles every heading at 200 % text size, at every width (WCAG 1.4.4: no vw term)', async () => {
    for (const width of [320, 768, 1280]) {
      const before = await headingsAt(width);
      document.documentElement.style.fontSize = '200%';
      try {
        const after = await headingsAt(width);
        expect(after.map((size, i) => parseFloat(size) / parseFloat(before[i] ?? '0'))).toEqual(levels.map(() => 2));
      } finally {
        document.documentElement.style.fontSize = '';
      }
    }
  });

  it('asks for hyphenation in the language GbgProvider sets', async () => {
    await page.viewport(320, 800);
    const container = await mount(
      <GbgProvider locale="sv">
        <Heading level={1}>Parkeringstillstånd</Heading>
      </GbgProvider>,
    );
    const h1 = container.querySelector('h1')!;
    expect(h1.closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(getComputedStyle(h1).hyphens).toBe('auto');
  });
});

describe('Mönster/Formulär at 320 px', () => {
  it('keeps "parkeringstillstånd" in the page title on one line, without overflow', async () => {
    await page.viewport(320, 800);
    const container = await mount(<AnsokOmParkeringstillstand />);
    const h1 = container.querySelector('h1')!;
    expect(h1).toHaveTextContent('Ansök om parkeringstillstånd');
    expect(parseFloat(fontSize(h1))).toBeCloseTo(28, 1);
    expect(linesOfWord(h1, 'parkeringstillstånd')).toBe(1);
    expect(h1.scrollWidth).toBeLessThanOrEqual(h1.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });
});
