import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Container } from './Container.js';
import * as stories from './Container.stories.js';
import { look } from '../../../test/variants.js';

const { Default, Narrow, Wide, AsMain, FixedGutter } = composeStories(stories);

const warnings = captureWarnings();

const root = (container: HTMLElement) => container.firstElementChild as HTMLElement;

describe('Container', () => {
  it('renders a div by default and the landmark asked for with `as`', () => {
    const { container } = render(<Default />);
    expect(root(container).tagName).toBe('DIV');
    render(<AsMain />);
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { name: 'Bygglov' }));
  });

  it('gives each size its own class', () => {
    const classes = [Default, Narrow, Wide].map((Story) => look(root(render(<Story />).container)));
    expect(new Set(classes).size).toBe(3);
  });

  it('uses a different class for a fixed gutter than for the responsive one', () => {
    const responsive = look(root(render(<Default />).container));
    const fixed = look(root(render(<FixedGutter />).container));
    expect(fixed).not.toBe(responsive);
  });

  it('warns and falls back for an unknown size or off-scale gutter', () => {
    const warn = warnings.spy;
    const fallback = look(root(render(<Container gutter="4" />).container));
    const bad = look(root(render(<Container size={'huge' as never} gutter={'15px' as never} />).container));
    expect(bad).toBe(fallback);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Container: unknown `size="huge"`'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Container: `gutter={"15px"}`'));
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(<Container ref={ref} as="section" aria-label="Nyheter" className="mine" style={{ color: 'inherit' }} />);
    const section = screen.getByRole('region', { name: 'Nyheter' });
    expect(ref.current).toBe(section);
    expect(section).toHaveClass('mine');
    expect(section.className).not.toBe('mine');
    expect(section.style.color).toBe('inherit');
  });
});
