// SideNavigation's real CSS in Chromium: the narrow-screen fold (only after hydration), the
// current page marked by more than colour, closed branches out of sight, target sizes, and the
// bar at the start edge in right-to-left. jsdom applies no media queries or layout.
import { act, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '@goteborgsstad/tokens/tokens.css';
import { mount as mountNode, mountServerHtml as mountNodeServerHtml } from '../../../test/browserMount.js';
import { GbgProvider } from '../../provider/index.js';
import { SideNavigation, type SideNavigationItem } from './SideNavigation.js';

const items: SideNavigationItem[] = [
  {
    label: 'Förskola',
    href: '#forskola',
    children: [
      { label: 'Hitta förskola', href: '#hitta' },
      { label: 'Ansök om plats i förskola', href: '#ansok', current: true },
    ],
  },
  { label: 'Grundskola', href: '#grundskola', children: [{ label: 'Skolskjuts', href: '#skolskjuts' }] },
  { label: 'Vuxenutbildning', href: '#vuxen' },
];

const mount = (node: ReactNode, dir: 'ltr' | 'rtl' = 'ltr') => mountNode(<GbgProvider dir={dir}>{node}</GbgProvider>);
/** Server HTML only, never hydrated: what a reader without JavaScript gets. */
const mountServerHtml = (node: ReactNode) => mountNodeServerHtml(<GbgProvider>{node}</GbgProvider>);

afterEach(async () => {
  await page.viewport(414, 896);
});

const topList = (container: HTMLElement) => container.querySelector<HTMLElement>('nav > ul')!;
const toggleOf = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('nav > button')!;
const link = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent === name)!;

describe('SideNavigation in Chromium', () => {
  it('at 320 px folds behind the toggle after hydration, and the toggle shows it', async () => {
    await page.viewport(320, 640);
    const container = await mount(<SideNavigation items={items} />);
    const toggle = toggleOf(container);
    expect(toggle.checkVisibility()).toBe(true);
    expect(topList(container).checkVisibility()).toBe(false);
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(topList(container).checkVisibility()).toBe(true);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('still folds at 900 px, where Grid\'s sidebar layouts are one column', async () => {
    await page.viewport(900, 800);
    const container = await mount(<SideNavigation items={items} />);
    expect(toggleOf(container).checkVisibility()).toBe(true);
    expect(topList(container).checkVisibility()).toBe(false);
  });

  it('at 320 px without JavaScript shows the list, down to the current page, and no buttons', async () => {
    await page.viewport(320, 640);
    const container = mountServerHtml(<SideNavigation items={items} />);
    expect(container.querySelectorAll('button')).toHaveLength(0);
    expect(topList(container).checkVisibility()).toBe(true);
    expect(link(container, 'Ansök om plats i förskola').checkVisibility()).toBe(true);
    // Another branch is reached through its page.
    expect(link(container, 'Skolskjuts').checkVisibility()).toBe(false);
  });

  it('at 1280 px shows the list and hides the toggle; collapse="never" never folds', async () => {
    await page.viewport(1280, 800);
    const wide = await mount(<SideNavigation items={items} />);
    expect(toggleOf(wide).checkVisibility()).toBe(false);
    expect(topList(wide).checkVisibility()).toBe(true);
    // Off the page (the harness unmounts it after the test), so the next one is measured alone.
    wide.remove();
    await page.viewport(320, 640);
    const never = await mount(<SideNavigation items={items} collapse="never" />);
    expect(never.querySelector('nav > button')).toBeNull();
    expect(topList(never).checkVisibility()).toBe(true);
  });

  it('marks the current page by weight and a bar, not by colour alone; closed branches are out of sight', async () => {
    await page.viewport(1280, 800);
    const container = await mount(<SideNavigation items={items} />);
    const current = getComputedStyle(link(container, 'Ansök om plats i förskola'));
    const other = getComputedStyle(link(container, 'Hitta förskola'));
    expect(Number(current.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(Number(other.fontWeight)).toBeLessThan(700);
    expect(current.borderLeftStyle).toBe('solid');
    expect(parseFloat(current.borderLeftWidth)).toBeGreaterThanOrEqual(3);
    expect(current.borderLeftColor).not.toBe(other.borderLeftColor);
    expect(link(container, 'Skolskjuts').checkVisibility()).toBe(false);
  });

  it('gives links and subpages buttons targets of at least 44 × 44 px', async () => {
    await page.viewport(1280, 800);
    const container = await mount(<SideNavigation items={items} />);
    for (const button of container.querySelectorAll('li button')) {
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    for (const a of container.querySelectorAll('a')) {
      if (a.checkVisibility()) expect(a.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });

  it('right to left: the bar is on the right edge and the buttons on the left of their link', async () => {
    await page.viewport(1280, 800);
    const container = await mount(<SideNavigation items={items} />, 'rtl');
    const current = link(container, 'Ansök om plats i förskola');
    expect(parseFloat(getComputedStyle(current).borderRightWidth)).toBeGreaterThanOrEqual(3);
    const forskola = link(container, 'Förskola');
    const button = forskola.parentElement!.querySelector('button')!;
    expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(forskola.getBoundingClientRect().left + 1);
  });
});
