import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../internal/warn.js';
import { GbgProvider } from '../../provider/index.js';
import { SkipLink } from './SkipLink.js';
import * as stories from './SkipLink.stories.js';

const { Default } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('SkipLink', () => {
  it('is the first tab stop and links to the main content', async () => {
    render(<Default />);
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#huvudinnehall');
  });

  it('moves focus to the target with Enter and makes it focusable by script only', async () => {
    render(<Default />);
    const main = screen.getByRole('main');
    expect(main).not.toHaveAttribute('tabindex');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');
    // Focus moved by the component: no fragment navigation, so no extra history entry.
    expect(window.location.hash).toBe('');
    // The next Tab continues inside the main content, not back in the header.
    main.insertAdjacentHTML('beforeend', '<a href="#x">Inne i main</a>');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Inne i main' })).toHaveFocus();
  });

  it('keeps an existing tabindex on the target', async () => {
    render(
      <>
        <SkipLink targetId="innehall" />
        <div id="innehall" tabIndex={0}>Innehåll</div>
      </>,
    );
    await userEvent.click(screen.getByRole('link'));
    expect(screen.getByText('Innehåll')).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('Innehåll')).toHaveFocus();
  });

  it('defaults to #main and speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <SkipLink />
        <main id="main" />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
  });

  it('lets the app handle the click itself', async () => {
    render(
      <>
        <SkipLink onClick={(event) => event.preventDefault()} />
        <main id="main" />
      </>,
    );
    await userEvent.click(screen.getByRole('link'));
    expect(screen.getByRole('main')).not.toHaveFocus();
  });

  it('warns in development when the target does not exist, and does not crash on click', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SkipLink targetId="saknas" />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] SkipLink: no element with id="saknas"/));
    await userEvent.click(screen.getByRole('link'));
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(
      <>
        <SkipLink ref={ref} className="mine">Till innehållet</SkipLink>
        <main id="main" />
      </>,
    );
    expect(ref.current).toHaveClass('mine', 'gbg-skip-link');
    expect(ref.current).toHaveTextContent('Till innehållet');
  });
});
