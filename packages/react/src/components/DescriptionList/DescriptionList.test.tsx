import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { DescriptionList, DescriptionListItem, type DescriptionListLayout } from './DescriptionList.js';
import * as stories from './DescriptionList.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();
const warned = () => warnings.messages().join('\n');

/** Term → descriptions, as a screen reader's list of terms and definitions pairs them. */
function pairs(list: HTMLElement) {
  return within(list).getAllByRole('term').map((term) => [
    term.textContent,
    Array.from(term.parentElement!.querySelectorAll('dd'), (dd) => dd.textContent),
  ]);
}

describe('DescriptionList', () => {
  it('renders items as terms and definitions, several definitions under one term', () => {
    const { container } = render(<s.SideBySide />);
    const list = container.querySelector('dl')!;
    expect(list).toHaveAttribute('data-layout', 'side-by-side');
    expect(within(list).getAllByRole('definition')).toHaveLength(6);
    expect(pairs(list)).toEqual([
      ['Ärende', ['Bygglov för tillbyggnad av enbostadshus']],
      ['Diarienummer', ['BN 2026-004512']],
      ['Inkom', ['3 november 2026']],
      ['Handläggare', ['Anna Svensson', 'Karim Haddad']],
      ['Avgift', ['12 400 kronor']],
    ]);
    // Each group is a div directly in the dl, the only wrapper HTML allows there.
    expect(Array.from(list.children, (child) => child.tagName)).toEqual(['DIV', 'DIV', 'DIV', 'DIV', 'DIV']);
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('takes DescriptionListItem children the same way', () => {
    const { container } = render(<s.WithChildren />);
    expect(pairs(container.querySelector('dl')!)).toEqual([
      ['Måndag–torsdag', ['08.00–16.30', 'Lunchstängt 12.00–13.00']],
      ['Fredag', ['08.00–15.00']],
      ['Lördag och söndag', ['Stängt']],
    ]);
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('is stacked by default', () => {
    const { container } = render(<DescriptionList items={[{ term: 'Avgift', description: '450 kr' }]} />);
    expect(container.querySelector('dl')).toHaveAttribute('data-layout', 'stacked');
    expect(screen.getByRole('definition')).toHaveTextContent('450 kr');
  });

  it('warns about empty lists, both items and children, stray children, bad layout and empty pairs', () => {
    render(<DescriptionList />);
    expect(warned()).toMatch(/DescriptionList: is empty/);
    render(
      <DescriptionList items={[{ term: 'A', description: 'a' }]}>
        <DescriptionListItem term="B" description="b" />
      </DescriptionList>,
    );
    expect(warned()).toMatch(/DescriptionList: got both `items` and children; only `items` is shown/);
    expect(screen.queryByText('B')).toBeNull();
    render(
      <DescriptionList>
        <p>Fri text</p>
      </DescriptionList>,
    );
    expect(warned()).toMatch(/DescriptionList: children must be `DescriptionListItem` elements/);
    const { container } = render(<DescriptionList layout={'grid' as DescriptionListLayout} items={[{ term: 'C', description: 'c' }]} />);
    expect(warned()).toMatch(/DescriptionList: `layout` must be "stacked" or "side-by-side"/);
    expect(container.querySelector('dl')).toHaveAttribute('data-layout', 'stacked');
    render(<DescriptionList items={[{ term: '', description: 'd' }, { term: 'Tom', description: [] }]} />);
    expect(warned()).toMatch(/DescriptionList: an item has no `term`/);
    expect(warned()).toMatch(/DescriptionList: the term "Tom" has no `description`/);
  });

  it('passes the ref, className and attributes to the dl and to each item', () => {
    const ref = createRef<HTMLDListElement>();
    const itemRef = createRef<HTMLDivElement>();
    render(
      <DescriptionList ref={ref} className="egen" aria-label="Fakta">
        <DescriptionListItem ref={itemRef} className="rad" term="Avgift" description="450 kr" />
      </DescriptionList>,
    );
    expect(ref.current).toHaveClass('gbg-description-list', 'egen');
    expect(ref.current).toHaveAccessibleName('Fakta');
    expect(itemRef.current).toHaveClass('gbg-description-list-item', 'rad');
  });
});
