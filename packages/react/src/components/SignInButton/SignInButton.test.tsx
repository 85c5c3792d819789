import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { SignInButton } from './SignInButton.js';
import * as stories from './SignInButton.stories.js';

const { Default, English, OneMethod } = composeStories(stories, preview);
const warnings = captureWarnings();

describe('SignInButton', () => {
  it('is a link named "Logga in med e-legitimation" in the primary look, with a decorative log-in icon and no logo', () => {
    const { container } = render(<Default />);
    const link = screen.getByRole('link', { name: 'Logga in med e-legitimation' });
    expect(link).toHaveAttribute('href', '#logga-in');
    expect(link).toHaveClass('gbg-button');
    expect(link).toHaveAttribute('data-variant', 'primary');
    expect(link.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('says "Log in with e-ID" in English, and takes the words of one method', () => {
    render(<English />);
    expect(screen.getByRole('link', { name: 'Log in with e-ID' })).toBeInTheDocument();
    render(<OneMethod />);
    expect(screen.getByRole('link', { name: 'Logga in med BankID' })).toBeInTheDocument();
  });

  it('is a button without href, activated from the keyboard with Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<SignInButton onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Logga in med e-legitimation' });
    expect(button).toHaveAttribute('type', 'button');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('is busy while loading and cannot be pressed twice', async () => {
    const onClick = vi.fn();
    render(<SignInButton loading onClick={onClick} />);
    const button = screen.getByRole('button', { name: /Logga in med e-legitimation/ });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("goes through the app's router link and never renders an unsafe href", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <SignInButton href="/login" />
      </GbgProvider>,
    );
    expect(screen.getByRole('link')).toHaveAttribute('data-router');
    // eslint-disable-next-line no-script-url
    const { container } = render(<SignInButton href="javascript:alert(1)" />);
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    expect(warnings.messages().some((message) => /unsafe|javascript/i.test(message))).toBe(true);
  });

  it('forwards the ref and passes className and other attributes', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(<SignInButton ref={ref} href="/login" className="mine" data-testid="in" />);
    expect(ref.current).toBe(screen.getByTestId('in'));
    expect(ref.current).toHaveClass('mine', 'gbg-button');
  });
});
