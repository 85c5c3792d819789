import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { List, ListItem } from './List.js';
import * as stories from './List.stories.js';

const { Unordered, Ordered, NoBullets, StartAt } = composeStories(stories);

describe('List', () => {
  it('is a ul list with items by default', () => {
    render(<Unordered />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('is an ol for the ordered variant and keeps start', () => {
    render(<Ordered />);
    expect(screen.getByRole('list').tagName).toBe('OL');
    render(<StartAt />);
    expect(screen.getAllByRole('list')[1]).toHaveAttribute('start', '4');
  });

  it('keeps list semantics without bullets (explicit role for Safari)', () => {
    render(<NoBullets />);
    const list = screen.getByRole('list');
    expect(list).toHaveAttribute('role', 'list');
    expect(within(list).getAllByRole('link')).toHaveLength(3);
  });

  it('ignores ordered-only attributes on a ul', () => {
    render(<List start={3}><ListItem>a</ListItem></List>);
    expect(screen.getByRole('list')).not.toHaveAttribute('start');
  });

  it('gives each spacing its own class', () => {
    const { container } = render(
      <>
        <List spacing="compact"><ListItem>a</ListItem></List>
        <List spacing="relaxed"><ListItem>b</ListItem></List>
      </>,
    );
    const [a, b] = Array.from(container.querySelectorAll('ul'));
    expect(a).toHaveAttribute('data-spacing', 'compact');
    expect(b).toHaveAttribute('data-spacing', 'relaxed');
  });

  it('forwards refs and merges className on list and item', () => {
    const listRef = createRef<HTMLUListElement | HTMLOListElement>();
    const itemRef = createRef<HTMLLIElement>();
    render(
      <List ref={listRef} className="mine">
        <ListItem ref={itemRef} className="item">a</ListItem>
      </List>,
    );
    expect(listRef.current).toHaveClass('mine', 'gbg-list');
    expect(itemRef.current).toHaveClass('item', 'gbg-list-item');
  });
});
