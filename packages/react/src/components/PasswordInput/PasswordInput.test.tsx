import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { PasswordInput } from './PasswordInput.js';
import * as stories from './PasswordInput.stories.js';

const { Standard, NewPassword } = composeStories(stories);
const warnings = captureWarnings();

/** The provider's polite live region (one per provider, never one per component). */
function liveText() {
  return [...document.querySelectorAll('[aria-live="polite"]')].map((node) => node.textContent).join(' ');
}

describe('PasswordInput', () => {
  it('is a labelled password input for signing in, filled in by password managers', () => {
    render(<Standard />);
    const input = screen.getByLabelText('Lösenord');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('name', 'losenord');
  });

  it('asks for a new password with autocomplete="new-password" and says so in the label', () => {
    render(<NewPassword />);
    const input = screen.getByLabelText('Nytt lösenord');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAccessibleDescription(/Minst 12 tecken/);
  });

  it('shows and hides the password with a toggle button that keeps its name and reports pressed', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByLabelText('Lösenord');
    const toggle = screen.getByRole('button', { name: 'Visa lösenord' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', input.id);
    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Visa lösenord' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
  });

  it('works from the keyboard: Tab reaches the toggle, Space and Enter press it', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    await user.tab();
    expect(screen.getByLabelText('Lösenord')).toHaveFocus();
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Visa lösenord' });
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('announces the new state in words through the provider’s live region', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(
        <GbgProvider>
          <PasswordInput />
        </GbgProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Visa lösenord' }));
      await act(async () => vi.advanceTimersByTime(1000));
      expect(liveText()).toContain('Lösenordet visas.');
      await user.click(screen.getByRole('button', { name: 'Visa lösenord' }));
      await act(async () => vi.advanceTimersByTime(1000));
      expect(liveText()).toContain('Lösenordet är dolt.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <PasswordInput purpose="new" />
      </GbgProvider>,
    );
    expect(screen.getByLabelText('New password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show password' })).toBeInTheDocument();
  });

  it('never blocks paste', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByLabelText('Lösenord');
    await user.click(input);
    await user.paste('korv med mos 1987');
    expect(input).toHaveValue('korv med mos 1987');
  });

  it('warns, naming the component and the fix, when the app blocks paste', async () => {
    const user = userEvent.setup();
    render(<PasswordInput onPaste={(event) => event.preventDefault()} />);
    await user.click(screen.getByLabelText('Lösenord'));
    await user.paste('hemligt');
    expect(warnings.messages()).toEqual([expect.stringMatching(/PasswordInput.*onPaste prevented pasting.*WCAG 3\.3\.8/)]);
  });

  it('forwards the ref to the input and passes other props on', () => {
    const ref = { current: null as HTMLInputElement | null };
    render(<PasswordInput ref={ref} required error="Ange lösenord." />);
    const input = screen.getByLabelText(/Lösenord/);
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Ange lösenord/);
  });
});
