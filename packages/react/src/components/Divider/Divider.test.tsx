import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Divider } from './Divider.js';
import * as stories from './Divider.stories.js';
import { look } from '../../../test/variants.js';

const { Semantic, Decorative, Vertical, Tones } = composeStories(stories);

const warnings = captureWarnings();

describe('Divider', () => {
  it('is a horizontal separator by default', () => {
    render(<Semantic />);
    const separator = screen.getByRole('separator');
    expect(separator.tagName).toBe('HR');
    expect(separator).not.toHaveAttribute('aria-orientation');
    expect(separator).not.toHaveAttribute('aria-hidden');
  });

  it('is hidden from assistive technology when decorative', () => {
    const { container } = render(<Decorative />);
    expect(screen.queryByRole('separator')).toBeNull();
    expect(container.querySelector('hr')).toHaveAttribute('aria-hidden', 'true');
  });

  it('announces vertical orientation', () => {
    render(<Vertical />);
    expect(screen.getByRole('separator')).toHaveAttribute('aria-orientation', 'vertical');
  });

  it('does not set aria-orientation on a decorative vertical line', () => {
    const { container } = render(<Divider orientation="vertical" decorative />);
    expect(container.querySelector('hr')).not.toHaveAttribute('aria-orientation');
  });

  it('gives each tone its own class', () => {
    render(<Tones />);
    const classes = screen.getAllByRole('separator').map((element) => look(element));
    expect(new Set(classes).size).toBe(3);
  });

  it('warns about an unknown tone and off-scale spacing, and still renders', () => {
    const warn = warnings.spy;
    render(<Divider tone={'red' as never} spacing={'1rem' as never} />);
    expect(screen.getByRole('separator')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Divider: unknown `tone="red"`'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Divider: `spacing={"1rem"}`'));
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLHRElement>();
    render(<Divider ref={ref} className="mine" style={{ opacity: 0.5 }} id="d" />);
    const separator = screen.getByRole('separator');
    expect(ref.current).toBe(separator);
    expect(separator).toHaveClass('mine');
    expect(separator.className).not.toBe('mine');
    expect(separator.style.opacity).toBe('0.5');
    expect(separator.id).toBe('d');
  });
});
