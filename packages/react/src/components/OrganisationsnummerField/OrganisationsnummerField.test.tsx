import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { organisationsnummerMessages } from '../../organisationsnummer/index.js';
import { GbgProvider } from '../../provider/index.js';
import { OrganisationsnummerField } from './OrganisationsnummerField.js';
import * as stories from './OrganisationsnummerField.stories.js';

const { Standard, SoleTraders, ServerError, Required } = composeStories(stories);
const referenceDate = '2026-01-15';

async function typeAndLeave(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox');
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
  return { user, input };
}

describe('OrganisationsnummerField', () => {
  it('is a labelled text input with a numeric keyboard and a format hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Organisationsnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription('10 siffror, NNNNNN-NNNN');
  });

  it('names sole traders in label and hint when personnummer are allowed', () => {
    render(<SoleTraders />);
    const input = screen.getByRole('textbox', { name: 'Organisationsnummer eller personnummer' });
    expect(input).toHaveAccessibleDescription(/enskild firma/);
  });

  it('does not validate while typing, only on blur (Tab)', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByRole('textbox');
    await user.type(input, '2120');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['21200013', 'invalid-format'],
    ['811218-9876', 'personnummer-not-allowed'],
    ['212000-1356', 'invalid-checksum'],
  ] as const)('explains %s as %s in Swedish', async (text, code) => {
    render(<Standard />);
    const { input } = await typeAndLeave(text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(organisationsnummerMessages[code].sv));
  });

  it('passes a sole trader’s personnummer errors through when allowed', async () => {
    render(<SoleTraders />);
    const { input } = await typeAndLeave('500229-2349');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(organisationsnummerMessages['invalid-date'].sv));
  });

  it('explains errors in English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <OrganisationsnummerField />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Organisation number' })).toBeInTheDocument();
    const { input } = await typeAndLeave('212000-1356');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(organisationsnummerMessages['invalid-checksum'].en));
  });

  it('reports the result on blur with the normalised number', async () => {
    const onValidate = vi.fn();
    render(<OrganisationsnummerField onValidate={onValidate} />);
    await typeAndLeave('16 212000 1355');
    expect(onValidate).toHaveBeenLastCalledWith({ ok: true, kind: 'organisation', normalized: '212000-1355', group: 2 });
  });

  it('accepts a personnummer only when allowed', async () => {
    const onValidate = vi.fn();
    render(<OrganisationsnummerField allowPersonnummer referenceDate={referenceDate} onValidate={onValidate} />);
    const { input } = await typeAndLeave('8112189876');
    expect(onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true, kind: 'personnummer', normalized: '19811218-9876' }));
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('clears a shown error as soon as the number becomes valid, without a new blur', async () => {
    render(<Standard />);
    const { user, input } = await typeAndLeave('212000-135');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(input);
    await user.type(input, '5');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows no error for an empty field on blur, even when required', async () => {
    const user = userEvent.setup();
    render(<Required />);
    await user.click(screen.getByRole('textbox'));
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-required', 'true');
  });

  it('normalises an uncontrolled value on blur when asked, and never a controlled one by itself', async () => {
    const { unmount } = render(<OrganisationsnummerField normalizeOnBlur />);
    expect((await typeAndLeave('2120001355')).input).toHaveValue('212000-1355');
    unmount();
    function Controlled() {
      const [value, setValue] = useState('');
      return <OrganisationsnummerField normalizeOnBlur value={value} onChange={(event) => setValue(event.target.value)} />;
    }
    render(<Controlled />);
    expect((await typeAndLeave('2120001355')).input).toHaveValue('2120001355');
  });

  it('shows an error from outside instead of its own', async () => {
    render(<ServerError />);
    const input = screen.getByRole('textbox');
    await typeAndLeave('212000-1356');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('finns inte i registret'));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining('kontrollsiffran'));
  });

  it('calls the caller’s onBlur and onChange, forwards the ref and passes name on', async () => {
    const onBlur = vi.fn();
    const onChange = vi.fn();
    const ref = { current: null as HTMLInputElement | null };
    render(<OrganisationsnummerField ref={ref} name="orgnr" onBlur={onBlur} onChange={onChange} />);
    await typeAndLeave('21');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalledTimes(1);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveAttribute('name', 'orgnr');
  });

  it('can drop the hint and take its own label', () => {
    render(<OrganisationsnummerField label="Föreningens organisationsnummer" description={null} />);
    const input = screen.getByRole('textbox', { name: 'Föreningens organisationsnummer' });
    expect(input).not.toHaveAccessibleDescription();
  });
});
