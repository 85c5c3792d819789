import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { personnummerMessages } from '../../personnummer/index.js';
import { GbgProvider } from '../../provider/index.js';
import { PersonnummerField } from './PersonnummerField.js';
import * as stories from './PersonnummerField.stories.js';

const { Standard, ServerError, Required } = composeStories(stories);
const warnings = captureWarnings();
const referenceDate = '2026-01-15';

afterEach(() => {
  vi.restoreAllMocks();
});

async function typeAndLeave(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox');
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
  return { user, input };
}

describe('PersonnummerField', () => {
  it('is a labelled text input with a numeric keyboard, no autocomplete and a format hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription('12 siffror, ÅÅÅÅMMDD-XXXX');
  });

  it('does not validate while typing, only on blur', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = screen.getByRole('textbox');
    await user.type(input, '8112');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['8112189', 'invalid-format'],
    ['500229-2349', 'invalid-date'],
    ['811218-9875', 'invalid-checksum'],
    ['20301231-0003', 'future-date'],
  ] as const)('explains %s as %s in Swedish', async (text, code) => {
    render(<Standard />);
    const { input } = await typeAndLeave(text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(personnummerMessages[code].sv));
  });

  it('explains errors in English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <PersonnummerField referenceDate={referenceDate} />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Personal identity number' })).toBeInTheDocument();
    const { input } = await typeAndLeave('500229-2349');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(personnummerMessages['invalid-date'].en));
  });

  it('reports the parse result on blur, with the normalised number', async () => {
    const onValidate = vi.fn();
    render(<PersonnummerField referenceDate={referenceDate} onValidate={onValidate} />);
    await typeAndLeave('121212+1212');
    expect(onValidate).toHaveBeenLastCalledWith(
      expect.objectContaining({ ok: true, normalized: '19121212-1212', birthDate: '1912-12-12' }),
    );
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  });

  it('clears a shown error as soon as the number becomes valid, without a new blur', async () => {
    render(<Standard />);
    const { user, input } = await typeAndLeave('811218-987');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(input);
    await user.type(input, '6');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the first error while the person is still typing a wrong number', async () => {
    render(<Standard />);
    const { user, input } = await typeAndLeave('811218-9875');
    await user.click(input);
    await user.type(input, '1');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(personnummerMessages['invalid-checksum'].sv));
  });

  it('shows no error for an empty field on blur, even when required', async () => {
    const user = userEvent.setup();
    render(<Required />);
    await user.click(screen.getByRole('textbox'));
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-required', 'true');
  });

  it('normalises an uncontrolled value on blur when asked', async () => {
    render(<PersonnummerField referenceDate={referenceDate} normalizeOnBlur />);
    const { input } = await typeAndLeave('8112189876');
    expect(input).toHaveValue('19811218-9876');
  });

  it('lets a controlled value be normalised from onValidate', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <PersonnummerField
          referenceDate={referenceDate}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onValidate={(result) => result.ok && setValue(result.normalized)}
        />
      );
    }
    render(<Controlled />);
    const { input } = await typeAndLeave('811218 9876');
    expect(input).toHaveValue('19811218-9876');
  });

  it('shows an error from outside instead of its own', async () => {
    render(<ServerError />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Det finns redan en ansökan'));
    await typeAndLeave('811218-9875');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Det finns redan en ansökan'));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining('kontrollsiffran'));
  });

  it('calls the caller’s onBlur and onChange too', async () => {
    const onBlur = vi.fn();
    const onChange = vi.fn();
    render(<PersonnummerField referenceDate={referenceDate} onBlur={onBlur} onChange={onChange} />);
    await typeAndLeave('12');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('can drop the format hint and take its own label', () => {
    render(<PersonnummerField label="Barnets personnummer" description={null} />);
    const input = screen.getByRole('textbox', { name: 'Barnets personnummer' });
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('warns through Field when the label is made empty', () => {
    render(<PersonnummerField label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringContaining('add a `label`'));
  });

  it('forwards the ref to the input and passes className, name and id through', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<PersonnummerField ref={ref} id="pnr" name="pnr" className="mine" />);
    const input = screen.getByRole('textbox');
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('id', 'pnr');
    expect(input).toHaveAttribute('name', 'pnr');
    expect(container.querySelector('.mine')).toContainElement(input);
  });
});
