import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ButtonGroup } from './ButtonGroup.js';
import * as stories from './ButtonGroup.stories.js';

const { Default, Named, Stacked, AlignEnd } = composeStories(stories);

describe('ButtonGroup', () => {
  it('is a group holding its buttons', () => {
    render(<Default />);
    const group = screen.getByRole('group');
    expect(within(group).getAllByRole('button')).toHaveLength(3);
  });

  it('can be named for screen readers', () => {
    render(<Named />);
    expect(screen.getByRole('group', { name: 'Åtgärder för ansökan 2026-114' })).toBeInTheDocument();
  });

  it('tabs through the buttons in DOM order (primary first)', async () => {
    render(<Default />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Skicka ansökan' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Spara utkast' })).toHaveFocus();
  });

  it('sets stack and align classes', () => {
    render(<Stacked />);
    expect(screen.getByRole('group')).toHaveAttribute('data-stack', 'always');
    render(<AlignEnd />);
    expect(screen.getAllByRole('group')[1]).toHaveAttribute('data-align', 'end');
    expect(screen.getAllByRole('group')[1]).toHaveAttribute('data-stack', 'auto');
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ButtonGroup ref={ref} className="mine" />);
    expect(ref.current).toHaveClass('mine', 'gbg-button-group');
    expect(ref.current).toHaveAttribute('role', 'group');
  });
});
