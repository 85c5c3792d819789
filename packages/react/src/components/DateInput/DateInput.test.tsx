import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { DateInput, dateInputValueFromIso } from './DateInput.js';
import * as stories from './DateInput.stories.js';

const s = composeStories(stories, preview);
const warnings = captureWarnings();

const parts = () => ({
  year: screen.getByRole('textbox', { name: 'År' }),
  month: screen.getByRole('textbox', { name: 'Månad' }),
  day: screen.getByRole('textbox', { name: 'Dag' }),
});

describe('DateInput', () => {
  it('is one group named by the legend and described by the hint, with år, månad, dag in that order', () => {
    render(<s.Standard />);
    const group = screen.getByRole('group', { name: 'När är du född?' });
    expect(group).toHaveAccessibleDescription('Till exempel 1987 11 23');
    const inputs = within(group).getAllByRole('textbox');
    // The id scheme ErrorSummary relies on: <group id>-year, -month, -day.
    expect(group.id).not.toBe('');
    expect(inputs.map((input) => input.getAttribute('id'))).toEqual([`${group.id}-year`, `${group.id}-month`, `${group.id}-day`]);
    expect(inputs.map((input) => input.getAttribute('name'))).toEqual(['fodelsedatum-year', 'fodelsedatum-month', 'fodelsedatum-day']);
    for (const input of inputs) {
      expect(input).toHaveAttribute('inputmode', 'numeric');
      expect(input).toHaveAttribute('type', 'text');
      expect(input).not.toHaveAttribute('aria-invalid');
    }
  });

  it('asks the browser for the birth date only when it is one', () => {
    const { unmount } = render(<s.Standard />);
    expect(Object.values(parts()).map((input) => input.getAttribute('autocomplete'))).toEqual(['bday-year', 'bday-month', 'bday-day']);
    unmount();
    render(<DateInput label="Datum" />);
    expect(parts().year).not.toHaveAttribute('autocomplete');
  });

  it('moves through the parts with Tab in Swedish order and reports parts and ISO date', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="Datum" onChange={onChange} name="datum" />);
    await user.tab();
    expect(parts().year).toHaveFocus();
    await user.keyboard('2026');
    await user.tab();
    expect(parts().month).toHaveFocus();
    await user.keyboard('3');
    expect(onChange).toHaveBeenLastCalledWith({ year: '2026', month: '3', day: '' }, null);
    await user.tab();
    await user.keyboard('9');
    expect(onChange).toHaveBeenLastCalledWith({ year: '2026', month: '3', day: '9' }, '2026-03-09');
    // The whole date goes with the form too.
    expect(document.querySelector('input[type="hidden"][name="datum"]')).toHaveValue('2026-03-09');
  });

  it('fills all three parts when an ISO date is pasted into the year', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="Datum" onChange={onChange} />);
    await user.click(parts().year);
    await user.paste('2026-03-09');
    expect(parts().month).toHaveValue('3');
    expect(parts().day).toHaveValue('9');
    expect(onChange).toHaveBeenLastCalledWith({ year: '2026', month: '3', day: '9' }, '2026-03-09');
  });

  it('validates when focus leaves the group, not between parts, and marks only the wrong part', async () => {
    const user = userEvent.setup();
    const onValidate = vi.fn();
    render(<DateInput label="Datum" onValidate={onValidate} />);
    await user.type(parts().year, '2027');
    await user.tab();
    await user.type(parts().month, '2');
    await user.tab();
    expect(onValidate).not.toHaveBeenCalled();
    await user.type(parts().day, '29');
    await user.tab();
    expect(onValidate).toHaveBeenCalledTimes(1);
    expect(parts().day).toHaveAttribute('aria-invalid', 'true');
    expect(parts().day).toHaveAccessibleDescription('Fel: Datumet finns inte. Kontrollera dagen och månaden.');
    expect(parts().year).not.toHaveAttribute('aria-invalid');
    expect(parts().month).not.toHaveAttribute('aria-invalid');
    // Only the wrong part refers to the error: the group (which cannot say "invalid") does not.
    expect(screen.getByRole('group')).not.toHaveAccessibleDescription(/Datumet finns inte/);
    expect(parts().year).not.toHaveAccessibleDescription(/Datumet finns inte/);
    // Reward early: the error goes as soon as the date is right.
    await user.clear(parts().day);
    await user.type(parts().day, '28');
    expect(parts().day).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Datumet finns inte/)).toBeNull();
  });

  it('does not call an empty date an error on blur', async () => {
    const user = userEvent.setup();
    render(<DateInput label="Datum" />);
    await user.click(parts().year);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(parts().year).not.toHaveAttribute('aria-invalid');
  });

  it('explains min and max with the limit', async () => {
    const user = userEvent.setup();
    render(<DateInput label="Datum" min="2026-01-01" defaultValue={dateInputValueFromIso('2025-12-31')} />);
    await user.click(parts().day);
    await user.tab();
    for (const input of Object.values(parts())) {
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('Fel: Datumet måste vara 2026-01-01 eller senare.');
    }
  });

  it('shows an error from outside on the named parts only, and it wins over its own', () => {
    render(<s.ServerError />);
    expect(parts().year).toHaveAttribute('aria-invalid', 'true');
    expect(parts().year).toHaveAccessibleDescription('Fel: Födelsedatumet måste ligga i det förflutna.');
    expect(parts().month).not.toHaveAttribute('aria-invalid');
    expect(parts().day).not.toHaveAttribute('aria-invalid');
  });

  it('marks every part when an outside error names none', () => {
    render(<DateInput label="Datum" error="Ange datumet." />);
    for (const input of Object.values(parts())) expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('links from ErrorSummary to the first wrong part', async () => {
    const user = userEvent.setup();
    render(<s.WithErrorSummary />);
    const link = screen.getByRole('link', { name: 'Månaden måste vara ett tal från 1 till 12.' });
    expect(link).toHaveAttribute('href', '#fodelse-month');
    await user.click(link);
    expect(parts().month).toHaveFocus();
  });

  it('marks required on each part and in the legend; disabled and read-only reach every part', () => {
    const { unmount } = render(<s.Required />);
    expect(screen.getByRole('group', { name: 'När är du född? (obligatoriskt)' })).toBeInTheDocument();
    for (const input of screen.getAllByRole('textbox')) expect(input).toBeRequired();
    unmount();
    const { unmount: u2 } = render(<s.Disabled />);
    for (const input of screen.getAllByRole('textbox')) expect(input).toBeDisabled();
    u2();
    render(<s.ReadOnly />);
    for (const input of screen.getAllByRole('textbox')) expect(input).toHaveAttribute('readonly');
  });

  it('speaks English with the English locale', () => {
    render(
      <GbgProvider locale="en">
        <DateInput label="Date" />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Month' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Day' })).toBeInTheDocument();
  });

  it('forwards the ref to the fieldset and passes className and style through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<DateInput ref={ref} label="Datum" className="mine" style={{ marginBlock: 4 }} />);
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveStyle({ marginBlock: '4px' });
  });

  it('renders on the server', () => {
    const html = renderToString(<DateInput label="Datum" id="d" defaultValue={dateInputValueFromIso('2026-03-09')} />);
    expect(html).toContain('id="d-year"');
    expect(html).toContain('value="2026"');
  });

  it('warns (once, naming the fix) about a value that is not parts, and does not crash', () => {
    render(<DateInput label="Datum" value={'2026-03-09' as never} />);
    expect(warnings.messages().join('\n')).toMatch(/DateInput: `value` must be an object.*dateInputValueFromIso/);
    expect(parts().year).toHaveValue('');
  });

  it('warns about a missing label', () => {
    render(<DateInput label="" />);
    expect(warnings.messages().join('\n')).toMatch(/DateInput: add a `legend`/);
  });

  it('warns about an unknown part name in invalidParts and marks nothing for it', () => {
    render(<DateInput label="Datum" error="Fel datum." invalidParts={['dag' as never]} />);
    expect(warnings.messages().join('\n')).toMatch(/DateInput: `invalidParts` takes 'year', 'month' and 'day'/);
    for (const input of Object.values(parts())) expect(input).not.toHaveAttribute('aria-invalid');
  });
});
