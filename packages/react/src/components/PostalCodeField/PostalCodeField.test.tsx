import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { postalCodeMessages } from '../../postalcode/index.js';
import { GbgProvider } from '../../provider/index.js';
import { PostalCodeField } from './PostalCodeField.js';
import * as stories from './PostalCodeField.stories.js';

const { Standard, ServerError, Required, WithDescription } = composeStories(stories);

async function typeAndLeave(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox');
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
  return { user, input };
}

describe('PostalCodeField', () => {
  it('is a labelled text input with the digit keyboard that the browser can fill in', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Postnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'postal-code');
    expect(input).not.toHaveAccessibleDescription();
  });

  it('takes a label and a hint of its own', () => {
    render(<WithDescription />);
    expect(screen.getByRole('textbox', { name: 'Postnummer till fastigheten' })).toHaveAccessibleDescription(/fakturan/);
  });

  it('does not validate while typing, only on blur (Tab)', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByRole('textbox');
    await user.type(input, '413');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['4131', 'invalid-format'],
    ['01234', 'starts-with-zero'],
  ] as const)('explains %s as %s in Swedish', async (text, code) => {
    render(<Standard />);
    const { input } = await typeAndLeave(text);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(postalCodeMessages[code].sv));
  });

  it('explains errors in English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <PostalCodeField />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toBeInTheDocument();
    const { input } = await typeAndLeave('01234');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(postalCodeMessages['starts-with-zero'].en));
  });

  it('reports "413 19" on blur', async () => {
    const onValidate = vi.fn();
    render(<PostalCodeField onValidate={onValidate} />);
    await typeAndLeave('41319');
    expect(onValidate).toHaveBeenLastCalledWith({ ok: true, normalized: '413 19' });
  });

  it('clears a shown error as soon as the postcode becomes valid, without a new blur', async () => {
    render(<Standard />);
    const { user, input } = await typeAndLeave('4131');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(input);
    await user.type(input, '9');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows no error for an empty field on blur, even when required', async () => {
    const user = userEvent.setup();
    render(<Required />);
    await user.click(screen.getByRole('textbox'));
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  });

  it('rewrites an uncontrolled postcode as "413 19" when asked, and leaves a controlled one alone', async () => {
    const { unmount } = render(<PostalCodeField normalizeOnBlur />);
    expect((await typeAndLeave('41319')).input).toHaveValue('413 19');
    unmount();
    function Controlled() {
      const [value, setValue] = useState('');
      return <PostalCodeField normalizeOnBlur value={value} onChange={(event) => setValue(event.target.value)} />;
    }
    render(<Controlled />);
    expect((await typeAndLeave('41319')).input).toHaveValue('41319');
  });

  it('shows an error from outside instead of its own', async () => {
    render(<ServerError />);
    const { input } = await typeAndLeave('4131');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Postnumret finns inte'));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining(postalCodeMessages['invalid-format'].sv));
  });

  it('calls the caller’s onBlur and onChange and forwards the ref', async () => {
    const onBlur = vi.fn();
    const onChange = vi.fn();
    const ref = { current: null as HTMLInputElement | null };
    render(<PostalCodeField ref={ref} onBlur={onBlur} onChange={onChange} />);
    await typeAndLeave('41');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalledTimes(1);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });
});
