import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Timeline } from './Timeline.js';
import { formatTimelineDate, parseTimelineDate } from './timelineDate.js';
import * as stories from './Timeline.stories.js';

const s = composeStories(stories);
const { English } = composeStories(stories, preview);
const warnings = captureWarnings();

const headings = () => screen.getAllByRole('heading').map((h) => h.textContent);

describe('Timeline', () => {
  it('is an ordered list of events, newest first by default, each with a heading', () => {
    render(<s.Standard />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5);
    expect(headings()).toEqual(['Beslut fattat', 'Komplettering inskickad', 'Komplettering begärd', 'Handläggare utsedd', 'Ansökan inskickad']);
  });

  it('sorts oldest first when asked', () => {
    render(<s.OldestFirst />);
    expect(headings()).toEqual(['Ansökan inskickad', 'Handläggare utsedd', 'Komplettering begärd', 'Komplettering inskickad', 'Beslut fattat']);
  });

  it('writes each date as <time dateTime> in Swedish words', () => {
    render(<s.Standard />);
    const item = screen.getByRole('heading', { name: 'Ansökan inskickad' }).closest('li')!;
    const time = item.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2026-03-03');
    expect(time).toHaveTextContent('3 mars 2026');
    // Isolated, so a Latin date keeps its order on a right-to-left page.
    expect(time.firstElementChild?.tagName).toBe('BDI');
    const withTime = screen.getByRole('heading', { name: 'Komplettering begärd' }).closest('li')!.querySelector('time')!;
    expect(withTime).toHaveAttribute('datetime', '2026-03-24T09:30');
    expect(withTime.textContent).toMatch(/^24 mars 2026.*09:30$/);
  });

  it('shows each status in words with the badge, and own words where given', () => {
    render(<s.Standard />);
    const action = screen.getByRole('heading', { name: 'Komplettering begärd' }).closest('li')!;
    expect(action).toHaveTextContent('Komplettering behövs');
    expect(screen.getByRole('heading', { name: 'Beslut fattat' }).closest('li')).toHaveTextContent('Beviljad');
  });

  it('writes dates and statuses in English', () => {
    render(<English />);
    const item = screen.getByRole('heading', { name: 'Application sent' }).closest('li')!;
    expect(item.querySelector('time')).toHaveTextContent('3 March 2026');
    expect(item).toHaveTextContent('Submitted');
  });

  it('shows a time with an offset in the city\'s time zone', () => {
    render(<Timeline events={[{ date: '2026-05-02T11:45:00Z', heading: 'Remiss skickad' }]} />);
    expect(screen.getByRole('listitem').querySelector('time')?.textContent).toMatch(/13:45/);
  });

  it('warns about a date that is not ISO 8601 and shows it as written, last, without <time>', () => {
    render(<Timeline order="oldest-first" events={[{ date: 'i våras', heading: 'Okänt' }, { date: '2026-01-01', heading: 'Känt' }]} />);
    expect(headings()).toEqual(['Känt', 'Okänt']);
    const item = screen.getByRole('heading', { name: 'Okänt' }).closest('li')!;
    expect(item.querySelector('time')).toBeNull();
    expect(item).toHaveTextContent('i våras');
    expect(warnings.messages().join('\n')).toMatch(/Timeline.*not an ISO 8601 date/);
  });

  it('warns about a bad order, a bad heading level and no events', () => {
    const { rerender, container } = render(
      // @ts-expect-error -- not an order, and level 1 is the page title
      <Timeline order="latest" headingLevel={1} events={[{ date: '2026-01-01', heading: 'A' }, { date: '2026-02-01', heading: 'B' }]} />,
    );
    expect(headings()).toEqual(['B', 'A']);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    rerender(<Timeline events={[]} />);
    expect(container).toBeEmptyDOMElement();
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/Timeline.*`order` must be/);
    expect(text).toMatch(/Timeline.*headingLevel.*2–6/);
    expect(text).toMatch(/Timeline.*no `events`/);
  });

  it('passes className, style, other attributes and the ref to the list', () => {
    let node: HTMLOListElement | null = null;
    render(<Timeline ref={(el) => { node = el; }} className="egen" style={{ maxWidth: 10 }} aria-label="Händelser" events={[{ date: '2026-01-01', heading: 'A' }]} />);
    const list = screen.getByRole('list', { name: 'Händelser' });
    expect(node).toBe(list);
    expect(list).toHaveClass('gbg-timeline', 'egen');
    expect(list.style.maxWidth).toBe('10px');
  });
});

describe('parseTimelineDate / formatTimelineDate', () => {
  const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true });
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it('reads every real calendar day and keeps it as the dateTime value', () => {
    fc.assert(
      fc.property(day, (d) => {
        const parsed = parseTimelineDate(iso(d));
        expect(parsed?.dateTime).toBe(iso(d));
        expect(parsed?.sortKey).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      }),
    );
  });

  it('orders dates as their sort keys do', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ka = parseTimelineDate(iso(a))!.sortKey;
        const kb = parseTimelineDate(iso(b))!.sortKey;
        expect(Math.sign(ka - kb)).toBe(Math.sign(Date.parse(iso(a)) - Date.parse(iso(b))));
      }),
    );
  });

  it('formats every day with its year, in Swedish and English, the same way every time', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('sv', 'en'), (d, locale) => {
        const label = formatTimelineDate(iso(d), locale)!;
        expect(label).toContain(String(d.getUTCFullYear()));
        expect(formatTimelineDate(iso(d), locale)).toBe(label);
      }),
    );
  });

  it('refuses what is not a date', () => {
    for (const value of ['2026-02-30', '2026-13-01', '3 mars', '2026-03-03T25:00', '', 20260303, null]) {
      expect(parseTimelineDate(value), String(value)).toBeUndefined();
    }
  });
});
