import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Text } from './Text.js';
import * as stories from './Text.stories.js';

const { Body, Lead, Small, Measure, AsSpan } = composeStories(stories);

describe('Text', () => {
  it('renders a paragraph by default', () => {
    render(<Body />);
    expect(screen.getByRole('paragraph')).toHaveAttribute('data-variant', 'body');
  });

  it('gives lead and small their own classes', () => {
    render(<Lead />);
    expect(screen.getByRole('paragraph')).toHaveAttribute('data-variant', 'lead');
    render(<Small />);
    expect(screen.getByText(/Senast uppdaterad/)).toHaveAttribute('data-variant', 'small');
  });

  it('limits the line length with measure', () => {
    render(<Measure />);
    expect(screen.getByRole('paragraph')).toHaveAttribute('data-measure', '');
  });

  it('renders the element asked for with `as`', () => {
    render(<AsSpan />);
    expect(screen.getByText('högst 1 688 kronor').tagName).toBe('STRONG');
  });

  it('forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLElement>();
    render(<Text ref={ref} as="div" className="mine" style={{ marginBlockEnd: 4 }}>x</Text>);
    expect(ref.current?.tagName).toBe('DIV');
    expect(ref.current).toHaveClass('mine', 'gbg-text');
    expect(ref.current?.style.marginBlockEnd).toBe('4px');
  });
});
