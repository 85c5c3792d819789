import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { phoneNumberMessages } from '../../phone/index.js';
import { GbgProvider } from '../../provider/index.js';
import { PhoneField } from './PhoneField.js';
import * as stories from './PhoneField.stories.js';

const { Standard, Mobile, ServerError, Required } = composeStories(stories);

async function typeAndLeave(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox');
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
  return { user, input };
}

describe('PhoneField', () => {
  it('is a labelled tel input the browser can fill in, with a hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Telefonnummer' });
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).toHaveAttribute('name', 'telefon');
    expect(input).toHaveAccessibleDescription(/riktnummer/);
  });

  it('takes another autocomplete token', () => {
    render(<Mobile />);
    expect(screen.getByRole('textbox', { name: 'Mobilnummer' })).toHaveAttribute('autocomplete', 'mobile tel');
  });

  it('does not validate while typing, only on blur (Tab)', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByRole('textbox');
    await user.type(input, '365');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['365 00 00', 'missing-prefix'],
    ['031-365 0', 'too-short'],
    ['031-365 00 000', 'too-long'],
    ['031-365 00 00 ank 12', 'invalid-characters'],
  ] as const)('explains %s as %s in Swedish', async (text, code) => {
    render(<Standard />);
    const { input } = await typeAndLeave(text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(phoneNumberMessages[code].sv));
  });

  it('explains errors in English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <PhoneField />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toBeInTheDocument();
    const { input } = await typeAndLeave('365 00 00');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(phoneNumberMessages['missing-prefix'].en));
  });

  it('hands out E.164 on blur, Swedish and foreign', async () => {
    const onValidate = vi.fn();
    render(<PhoneField onValidate={onValidate} />);
    await typeAndLeave('031-365 00 00');
    expect(onValidate).toHaveBeenLastCalledWith({ ok: true, normalized: '+46313650000', isSwedish: true, formatted: '031-365 00 00' });
    await typeAndLeave('0047 22 12 34 56');
    expect(onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true, normalized: '+4722123456', isSwedish: false }));
  });

  it('clears a shown error as soon as the number becomes valid, without a new blur', async () => {
    render(<Standard />);
    const { user, input } = await typeAndLeave('031-365 0');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(input);
    await user.type(input, '0');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows no error for an empty field on blur, even when required', async () => {
    const user = userEvent.setup();
    render(<Required />);
    await user.click(screen.getByRole('textbox'));
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  });

  it('rewrites an uncontrolled number as Swedes read it when asked, and leaves a controlled one alone', async () => {
    const { unmount } = render(<PhoneField normalizeOnBlur />);
    expect((await typeAndLeave('+46313650000')).input).toHaveValue('031-365 00 00');
    unmount();
    function Controlled() {
      const [value, setValue] = useState('');
      return <PhoneField normalizeOnBlur value={value} onChange={(event) => setValue(event.target.value)} />;
    }
    render(<Controlled />);
    expect((await typeAndLeave('+46313650000')).input).toHaveValue('+46313650000');
  });

  it('shows an error from outside instead of its own', async () => {
    render(<ServerError />);
    const { input } = await typeAndLeave('365');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Vi kunde inte skicka sms'));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining(phoneNumberMessages['missing-prefix'].sv));
  });

  it('calls the caller’s onBlur and onChange and forwards the ref', async () => {
    const onBlur = vi.fn();
    const onChange = vi.fn();
    const ref = { current: null as HTMLInputElement | null };
    render(<PhoneField ref={ref} onBlur={onBlur} onChange={onChange} />);
    await typeAndLeave('03');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalledTimes(1);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });
});
