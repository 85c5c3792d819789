import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { VisuallyHidden } from './VisuallyHidden.js';
import * as stories from './VisuallyHidden.stories.js';

const { InLinkText, AsHeading, Focusable } = composeStories(stories);

describe('VisuallyHidden', () => {
  it('keeps its text in the accessible name of the link around it', () => {
    render(<InLinkText />);
    expect(screen.getByRole('link')).toHaveAccessibleName('Läs mer om avgifter för förskola');
  });

  it('renders the element asked for and names a section', () => {
    render(<AsHeading />);
    expect(screen.getByRole('heading', { level: 2, name: 'Nyheter' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Nyheter' })).toBeInTheDocument();
  });

  it('uses the hidden class, or the focusable one that shows on focus', () => {
    render(<VisuallyHidden data-testid="plain">x</VisuallyHidden>);
    expect(screen.getByTestId('plain')).toHaveClass('gbg-visually-hidden');
    render(<Focusable data-testid="focusable" />);
    expect(screen.getByTestId('focusable')).toHaveClass('gbg-visually-hidden-focusable');
  });

  it('lets a focusable child take keyboard focus', async () => {
    render(<Focusable />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Hoppa till kontaktuppgifter' })).toHaveFocus();
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLElement>();
    render(<VisuallyHidden ref={ref} className="mine">x</VisuallyHidden>);
    expect(ref.current?.tagName).toBe('SPAN');
    expect(ref.current).toHaveClass('mine', 'gbg-visually-hidden');
  });
});
