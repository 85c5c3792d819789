import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { TableOfContents } from './TableOfContents.js';
import * as stories from './TableOfContents.stories.js';

const { Default, OwnHeading } = composeStories(stories);
const warnings = captureWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * jsdom has no layout and no IntersectionObserver. This stand-in records what is observed and
 * lets a test fire the callback; heading positions come from stubbed getBoundingClientRect.
 * The real observer is exercised in Chromium by the HighlightCurrent story.
 */
function fakeObserver() {
  const observers: Array<{ callback: () => void; targets: Element[]; disconnected: boolean }> = [];
  class FakeIntersectionObserver {
    record: (typeof observers)[number];
    constructor(callback: () => void) {
      this.record = { callback, targets: [], disconnected: false };
      observers.push(this.record);
    }
    observe(target: Element) {
      this.record.targets.push(target);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return observers;
}

function placeHeadings(tops: Record<string, number>) {
  for (const [id, top] of Object.entries(tops)) {
    const element = document.getElementById(id)!;
    element.getBoundingClientRect = () => ({ top }) as DOMRect;
  }
}

describe('TableOfContents', () => {
  it('is a navigation landmark named by its heading "Innehåll på sidan"', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation', { name: 'Innehåll på sidan' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'Innehåll på sidan' })).toBeInTheDocument();
    expect(within(nav).getAllByRole('list')[0]!.tagName).toBe('OL');
  });

  it('links each section by its id, with one level of sub-sections nested', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation');
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#vem-kan-fa-plats',
      '#sa-ansoker-du',
      '#e-tjansten',
      '#blankett',
      '#avgifter',
      '#kontakt',
    ]);
    const parent = within(nav).getByRole('link', { name: 'Så ansöker du' }).closest('li')!;
    expect(within(parent).getAllByRole('listitem')).toHaveLength(2);
  });

  it('marks nothing as current unless asked', async () => {
    const { container } = render(<Default />);
    await userEvent.click(screen.getByRole('link', { name: 'Avgifter' }));
    expect(container.querySelector('[aria-current]')).toBeNull();
  });

  it('takes its own heading text and level', () => {
    render(<OwnHeading />);
    expect(screen.getByRole('heading', { level: 3, name: 'På den här sidan' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'På den här sidan' })).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <TableOfContents items={[{ id: 'fees', label: 'Fees' }]} />
        <h2 id="fees">Fees</h2>
      </GbgProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
  });

  it('reaches the links with Tab in order', async () => {
    render(<Default />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Vem kan få plats i förskola?' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Så ansöker du' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Ansök i e-tjänsten' })).toHaveFocus();
  });

  it('renders on the server with no current section and no window access', () => {
    vi.stubGlobal('window', undefined);
    const html = renderToString(<TableOfContents highlightCurrent items={[{ id: 'a', label: 'A' }]} />);
    vi.unstubAllGlobals();
    expect(html).toContain('href="#a"');
    expect(html).not.toContain('aria-current');
  });

  it('works without IntersectionObserver: links stay, a click still marks the section', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Default highlightCurrent />);
    const link = screen.getByRole('link', { name: 'Avgifter' });
    expect(link).toHaveAttribute('href', '#avgifter');
    await userEvent.click(link);
    expect(link).toHaveAttribute('aria-current', 'location');
  });

  it('marks the section whose heading is last above the reading line, as headings cross it', () => {
    const observers = fakeObserver();
    vi.stubGlobal('innerHeight', 1000);
    const { unmount } = render(<Default highlightCurrent />);
    const observer = observers[0]!;
    expect(observer.targets.map((target) => target.id)).toEqual([
      'vem-kan-fa-plats',
      'sa-ansoker-du',
      'e-tjansten',
      'blankett',
      'avgifter',
      'kontakt',
    ]);
    placeHeadings({ 'vem-kan-fa-plats': -900, 'sa-ansoker-du': -400, 'e-tjansten': 100, blankett: 600, avgifter: 1200, kontakt: 1800 });
    act(() => observer.callback());
    expect(screen.getByRole('link', { name: 'Ansök i e-tjänsten' })).toHaveAttribute('aria-current', 'location');
    // A long section stays current while no new heading has reached the line.
    placeHeadings({ 'vem-kan-fa-plats': -1900, 'sa-ansoker-du': -1400, 'e-tjansten': -900, blankett: -400, avgifter: 350, kontakt: 900 });
    act(() => observer.callback());
    expect(screen.getByRole('link', { name: 'Ansök med blankett' })).toHaveAttribute('aria-current', 'location');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
    unmount();
    expect(observer.disconnected).toBe(true);
  });

  it('also follows scroll events, which reach a frame scrolled outside the top viewport where the observer reports nothing', () => {
    fakeObserver();
    vi.stubGlobal('innerHeight', 1000);
    const { unmount } = render(<Default highlightCurrent />);
    placeHeadings({ 'vem-kan-fa-plats': -1900, 'sa-ansoker-du': -1400, 'e-tjansten': -900, blankett: 100, avgifter: 700, kontakt: 1300 });
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    expect(screen.getByRole('link', { name: 'Ansök med blankett' })).toHaveAttribute('aria-current', 'location');
    const remove = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(remove).toHaveBeenCalledWith('scroll', expect.any(Function));
    remove.mockRestore();
  });

  it('warns about items whose target is not on the page', () => {
    render(<TableOfContents items={[{ id: 'finns-inte', label: 'Saknas' }]} />);
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] TableOfContents: no element with id "finns-inte"/)]);
  });

  it('strips a copied "#" from an id, with a warning', () => {
    render(
      <>
        <TableOfContents items={[{ id: '#avgifter', label: 'Avgifter' }]} />
        <h2 id="avgifter">Avgifter</h2>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Avgifter' })).toHaveAttribute('href', '#avgifter');
    expect(warnings.messages()).toEqual([expect.stringMatching(/item id "#avgifter" starts with "#"/)]);
  });

  it('warns and renders nothing for an empty list; clamps a bad heading level', () => {
    const { container } = render(<TableOfContents items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] TableOfContents: items is empty/);
    render(<TableOfContents headingLevel={1 as 2} items={[{ id: 'x', label: 'X' }]} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(warnings.messages().some((message) => /headingLevel 1 is not 2–6/.test(message))).toBe(true);
  });

  it('forwards the ref, merges className, and an own aria-label replaces the heading as name', () => {
    const ref = createRef<HTMLElement>();
    // The component itself: a composed story passes no ref on React 18.
    render(<TableOfContents ref={ref} className="mine" aria-label="Artikelns avsnitt" items={[{ id: 'x', label: 'X' }]} />);
    expect(ref.current).toHaveClass('mine', 'gbg-table-of-contents');
    expect(screen.getByRole('navigation', { name: 'Artikelns avsnitt' })).toBe(ref.current);
  });
});
