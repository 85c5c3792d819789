import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { Tag, TagList } from './Tag.js';
import * as stories from './Tag.stories.js';

const { Labels, RemovableFilters, English } = composeStories(stories);
const warnings = captureWarnings();
const polite = () => document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`);

afterEach(() => {
  vi.useRealTimers();
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

function Filters({ initial }: { initial: string[] }) {
  const [filters, setFilters] = useState(initial);
  return (
    <TagList aria-label="Valda filter">
      {filters.map((filter) => (
        <Tag key={filter} onRemove={() => setFilters((current) => current.filter((item) => item !== filter))}>
          {filter}
        </Tag>
      ))}
    </TagList>
  );
}

describe('Tag', () => {
  it('a static tag is plain text in a list item, not a control', () => {
    render(<Labels />);
    const list = screen.getByRole('list', { name: 'Kategorier' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Förskola').closest('.gbg-tag')?.tagName).toBe('SPAN');
  });

  it('a removable tag is one button named "Ta bort filter: <text>", with the icon hidden', () => {
    render(<Tag onRemove={() => {}}>Förskola</Tag>);
    const button = screen.getByRole('button', { name: 'Ta bort filter: Förskola' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is named in English under the English locale, and removeLabel overrides the words', () => {
    const { unmount } = render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('button', { name: 'Remove filter: Preschool' })).toBeInTheDocument();
    unmount();
    render(
      <Tag onRemove={() => {}} removeLabel="Ta bort stadsdel:">
        Hisingen
      </Tag>,
    );
    expect(screen.getByRole('button', { name: 'Ta bort stadsdel: Hisingen' })).toBeInTheDocument();
  });

  it('Enter removes the chip and moves focus to the next chip', async () => {
    const user = userEvent.setup();
    render(<Filters initial={['Förskola', 'Hisingen', 'Gratis']} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Ta bort filter: Förskola' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Ta bort filter: Förskola' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort filter: Hisingen' })).toHaveFocus();
  });

  it('Space removes the last chip and moves focus to the previous one', async () => {
    const user = userEvent.setup();
    render(<Filters initial={['Förskola', 'Hisingen']} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Ta bort filter: Hisingen' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Ta bort filter: Förskola' })).toHaveFocus();
  });

  it('removing the only chip moves focus to the list', async () => {
    const user = userEvent.setup();
    render(<Filters initial={['Förskola']} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list', { name: 'Valda filter' })).toHaveFocus();
  });

  it('the story removes a chip by keyboard and focus lands on the next one', async () => {
    const user = userEvent.setup();
    render(<RemovableFilters />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Ta bort filter: Hisingen' })).toHaveFocus();
    expect(screen.getByText('2 filter valda')).toBeInTheDocument();
  });

  it('does not take focus when the chip is removed by something else', async () => {
    const user = userEvent.setup();
    function Outside() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <TagList>{shown && <Tag onRemove={() => {}}>Förskola</Tag>}</TagList>
          <Tag onRemove={() => {}}>Hisingen</Tag>
          <button type="button" onClick={() => setShown(false)}>
            Rensa
          </button>
        </>
      );
    }
    render(<Outside />);
    await user.click(screen.getByRole('button', { name: 'Rensa' }));
    expect(screen.getByRole('button', { name: 'Rensa' })).toHaveFocus();
  });

  it('speaks the removal through the shared live region', async () => {
    vi.useFakeTimers();
    render(<Filters initial={['Förskola', 'Hisingen']} />);
    act(() => screen.getByRole('button', { name: 'Ta bort filter: Förskola' }).click());
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));
    expect(polite()).toHaveTextContent('Filtret Förskola är borttaget');
  });

  it('calls onRemove with the click event', async () => {
    const onRemove = vi.fn();
    const user = userEvent.setup();
    render(<Tag onRemove={onRemove}>Gratis</Tag>);
    await user.click(screen.getByRole('button'));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove.mock.calls[0]![0]).toHaveProperty('type', 'click');
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const spanRef = createRef<HTMLElement>();
    const buttonRef = createRef<HTMLElement>();
    render(
      <>
        <Tag ref={spanRef} className="egen" style={{ marginInline: '1rem' }} data-testid="s">
          Gratis
        </Tag>
        <Tag ref={buttonRef} onRemove={() => {}} disabled>
          Hisingen
        </Tag>
      </>,
    );
    expect(spanRef.current).toBe(screen.getByTestId('s'));
    expect(spanRef.current).toHaveClass('gbg-tag', 'egen');
    expect(spanRef.current).toHaveStyle({ marginInline: '1rem' });
    expect(buttonRef.current).toBe(screen.getByRole('button'));
    expect(buttonRef.current).toBeDisabled();
  });
});

describe('Tag bad input', () => {
  it('warns, naming the component, when a tag has no text', () => {
    render(<Tag>{'  '}</Tag>);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Tag: has no text/);
  });

  it('gives no warnings for good input', () => {
    render(<RemovableFilters />);
    render(<Labels />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
