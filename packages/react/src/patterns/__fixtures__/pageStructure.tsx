// The landmark and heading checks every page template must pass (Testing Library roles), in
// one place so each template's test states only its own navigation names.
import { render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { expect } from 'vitest';
import { GbgProvider } from '../../provider/index.js';

/** Heading levels in document order, from the accessibility tree's point of view. */
export function headingLevels(root: HTMLElement = document.body): number[] {
  return within(root)
    .queryAllByRole('heading')
    .map((heading) => Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)));
}

/**
 * Skip link first and pointing at `main`; exactly one banner, main and contentinfo; named,
 * distinct navigation landmarks (exactly `navNames`, in order); one h1, inside main, as the
 * first heading; no skipped heading levels. `skipLinkName` is the built-in string of the
 * locale under test (Swedish by default).
 */
export function expectPageStructure(navNames: readonly string[], skipLinkName = 'Hoppa till huvudinnehållet'): void {
  const banners = screen.getAllByRole('banner');
  const mains = screen.getAllByRole('main');
  const footers = screen.getAllByRole('contentinfo');
  expect(banners).toHaveLength(1);
  expect(mains).toHaveLength(1);
  expect(footers).toHaveLength(1);
  const main = mains[0]!;

  const firstLink = screen.getAllByRole('link')[0]!;
  expect(firstLink).toHaveAccessibleName(skipLinkName);
  expect(main.id).not.toBe('');
  expect(firstLink).toHaveAttribute('href', `#${main.id}`);
  expect(main).toHaveAttribute('tabindex', '-1');

  const names = screen.queryAllByRole('navigation').map((nav) => {
    // Every nav must have a name; aria-labelledby names resolve through the accessible name.
    const name = nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby');
    expect(name, 'a nav landmark has no name').toBeTruthy();
    return accessibleName(nav);
  });
  expect(names).toEqual([...navNames]);
  expect(new Set(names).size).toBe(names.length);

  const h1 = screen.getAllByRole('heading', { level: 1 });
  expect(h1).toHaveLength(1);
  expect(main).toContainElement(h1[0]!);

  const levels = headingLevels();
  expect(levels[0], 'the first heading on the page must be the h1').toBe(1);
  levels.forEach((level, index) => {
    if (index === 0) return;
    const previous = levels[index - 1]!;
    expect(level, `heading ${index + 1} skips from h${previous} to h${level} (levels: ${levels.join(', ')})`).toBeLessThanOrEqual(previous + 1);
  });
}

/** Arabic script: a right-to-left story must show Arabic content, not Swedish or English. */
const arabic = /[\u0600-\u06FF]/;

/**
 * Renders a template's right-to-left story the way its globals set it up in Storybook
 * (`dir: 'rtl'`, `locale: 'en'`: Arabic content, English built-in strings) and checks the same
 * landmark structure with the English names, an Arabic h1 and the page inside the rtl subtree.
 */
export function expectRightToLeftPage(Story: ComponentType, navNames: readonly string[]): void {
  render(
    <GbgProvider locale="en" dir="rtl">
      <Story />
    </GbgProvider>,
  );
  expectPageStructure(navNames, 'Skip to main content');
  const main = screen.getByRole('main');
  expect(main.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(arabic);
}

function accessibleName(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}
