import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { BackLink } from './BackLink.js';
import * as stories from './BackLink.stories.js';

const { Default, CustomText } = composeStories(stories);
const warnings = captureWarnings();

describe('BackLink', () => {
  it('is a link named "Tillbaka" to the previous step, with a decorative arrow', () => {
    const { container } = render(<Default />);
    const link = screen.getByRole('link', { name: 'Tillbaka' });
    expect(link).toHaveAttribute('href', '#steg-1');
    expect(link).toHaveClass('gbg-back-link');
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveClass('gbg-back-link-icon');
  });

  it('takes own text', () => {
    render(<CustomText />);
    expect(screen.getByRole('link', { name: 'Tillbaka till dina uppgifter' })).toBeInTheDocument();
  });

  it('says "Back" under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <BackLink href="/steg-1" />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
  });

  it('is a button without href, activated with Enter and Space', async () => {
    const onClick = vi.fn();
    render(<BackLink onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Tillbaka' });
    expect(button).toHaveAttribute('type', 'button');
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(warnings.messages()).toEqual([]);
  });

  it('follows the link with Enter', async () => {
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(<BackLink href="/steg-1" onClick={onClick} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders the app router link for in-app paths', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink({ href, ...props }, ref) {
      return <a ref={ref} href={href} data-router="yes" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <BackLink href="/ansokan/steg-1" />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Tillbaka' })).toHaveAttribute('data-router', 'yes');
  });

  it('never renders an unsafe href and warns naming BackLink', () => {
    const { container } = render(<BackLink href="javascript:history.back()" />);
    expect(container.querySelector('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] BackLink: removed the unsafe href/)]);
  });

  it('warns when it has neither href nor onClick, and still renders', () => {
    render(<BackLink {...({} as { onClick: () => void })} />);
    expect(screen.getByRole('button', { name: 'Tillbaka' })).toBeInTheDocument();
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] BackLink: has neither href nor onClick/)]);
  });

  it('forwards the ref and merges className in both forms', () => {
    const anchorRef = createRef<HTMLAnchorElement>();
    const buttonRef = createRef<HTMLButtonElement>();
    render(
      <>
        <BackLink ref={anchorRef} href="/a" className="mine" />
        <BackLink ref={buttonRef} onClick={() => {}} className="mine" />
      </>,
    );
    expect(anchorRef.current?.tagName).toBe('A');
    expect(buttonRef.current?.tagName).toBe('BUTTON');
    expect(anchorRef.current).toHaveClass('mine', 'gbg-back-link');
    expect(buttonRef.current).toHaveClass('mine', 'gbg-back-link');
  });
});
