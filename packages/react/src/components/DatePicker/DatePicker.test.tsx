import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { DatePicker, type DatePickerProps } from './DatePicker.js';
import * as stories from './DatePicker.stories.js';

const { Standard, English } = composeStories(stories, preview);
const warnings = captureWarnings();
const today = '2026-03-09';

function setup(props: Partial<DatePickerProps> = {}) {
  const user = userEvent.setup();
  const onValueChange = vi.fn();
  render(<DatePicker label="Inflyttningsdatum" today={today} onValueChange={onValueChange} {...props} />);
  return { user, onValueChange, input: screen.getByRole('textbox'), button: screen.getByRole('button') };
}

/** jsdom has no real modal dialog: the calendar is found by its grid. */
const grid = () => screen.getByRole('grid');
const focusedName = () => document.activeElement?.getAttribute('aria-label');

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Välj datum|Ändra datum|Choose date|Change date/ }));
  return grid();
}

describe('DatePicker field', () => {
  it('is a labelled text input with the format hint and a calendar button named by the chosen date', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Inflyttningsdatum' });
    expect(input).toHaveValue('2026-03-16');
    expect(input).toHaveAccessibleDescription('ÅÅÅÅ-MM-DD, till exempel 2026-03-15');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    const button = screen.getByRole('button', { name: 'Ändra datum, måndag 16 mars 2026' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('accepts any typed text, checks it only on blur and clears the error as soon as it is right', async () => {
    const onValidate = vi.fn();
    const { user, input } = setup({ onValidate });
    await user.type(input, '2026-13');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Skriv datumet som ÅÅÅÅ-MM-DD/);
    expect(onValidate).toHaveBeenLastCalledWith({ ok: false, error: 'format' });
    await user.clear(input);
    await user.type(input, '2026-02-30');
    await user.tab();
    expect(input).toHaveAccessibleDescription(/Datumet finns inte/);
    await user.clear(input);
    await user.type(input, '2026-02-28');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('rewrites other ways of writing a date as YYYY-MM-DD on blur', async () => {
    const { user, input, onValueChange } = setup();
    await user.type(input, '2026.3.5');
    await user.tab();
    expect(input).toHaveValue('2026-03-05');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-05');
  });

  it('says the limit in words when a typed date is outside min/max, and refuses unavailable days', async () => {
    const { user, input } = setup({ min: '2026-03-09', max: '2026-04-30', isDateUnavailable: (d) => d === '2026-03-20' });
    await user.type(input, '2026-03-08');
    await user.tab();
    expect(input).toHaveAccessibleDescription(/Välj ett datum från och med måndag 9 mars 2026/);
    await user.clear(input);
    await user.type(input, '2026-05-01');
    await user.tab();
    expect(input).toHaveAccessibleDescription(/Välj ett datum till och med torsdag 30 april 2026/);
    await user.clear(input);
    await user.type(input, '2026-03-20');
    await user.tab();
    expect(input).toHaveAccessibleDescription(/fredag 20 mars 2026 går inte att välja/);
  });

  it('an error from outside wins; an empty field is not an error on blur', async () => {
    const { user, input } = setup({ error: 'Ange inflyttningsdatum.' });
    await user.click(input);
    await user.tab();
    expect(input).toHaveAccessibleDescription(/Ange inflyttningsdatum/);
  });

  it('works controlled: the text comes from value and every change goes to onValueChange', async () => {
    function Controlled() {
      const [value, setValue] = useState('2026-03-16');
      return (
        <>
          <DatePicker label="Datum" today={today} value={value} onValueChange={setValue} />
          <output data-testid="value">{value}</output>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    await open(user);
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-03-15');
    expect(screen.getByRole('textbox')).toHaveValue('2026-03-15');
  });

  it('forwards the ref to the input and passes className to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<DatePicker ref={ref} label="Datum" className="egen" name="datum" />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveAttribute('name', 'datum');
    expect(container.firstElementChild).toHaveClass('egen');
  });

  it('disables the calendar button when the field is disabled or read-only', () => {
    const { rerender } = render(<DatePicker label="Datum" disabled />);
    expect(screen.getByRole('button')).toBeDisabled();
    rerender(<DatePicker label="Datum" readOnly />);
    expect(screen.getByRole('button')).toBeDisabled();
  });
});

describe('DatePicker calendar', () => {
  it('is a grid named by its month, Monday first, with week numbers and full weekday names', async () => {
    const { user } = setup({ defaultValue: '2026-03-16' });
    const calendar = await open(user);
    expect(calendar).toHaveAccessibleName('mars 2026');
    // Short names shown, full names read (the short ones are hidden from screen readers).
    const headers = within(calendar).getAllByRole('columnheader');
    expect(headers.map((th) => th.querySelector('[aria-hidden]')?.textContent)).toEqual(['v.', 'må', 'ti', 'on', 'to', 'fr', 'lö', 'sö']);
    expect(headers.map((th) => th.lastElementChild?.textContent)).toEqual(['Vecka', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);
    // March 2026 starts on a Sunday: week 9 holds only the 1st; the month spans weeks 9–14.
    const weeks = within(calendar).getAllByRole('rowheader').map((th) => th.textContent);
    expect(weeks).toEqual(['Vecka 9', 'Vecka 10', 'Vecka 11', 'Vecka 12', 'Vecka 13', 'Vecka 14']);
    expect(within(calendar).getByRole('gridcell', { name: 'söndag 1 mars 2026' })).toBeInTheDocument();
  });

  it('opens on the chosen date (selected) and marks today', async () => {
    const { user } = setup({ defaultValue: '2026-03-16' });
    await open(user);
    expect(focusedName()).toBe('måndag 16 mars 2026');
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    const todayCell = within(grid()).getByRole('gridcell', { name: 'måndag 9 mars 2026, idag' });
    expect(todayCell).toHaveAttribute('aria-current', 'date');
    expect(todayCell).toHaveAttribute('tabindex', '-1');
    expect(within(grid()).getAllByRole('gridcell', { selected: true })).toHaveLength(1);
  });

  it('moves by day, week, week start/end, month and year — across month and year boundaries', async () => {
    const { user } = setup({ defaultValue: '2026-12-31' });
    await open(user);
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('fredag 1 januari 2027');
    expect(grid()).toHaveAccessibleName('januari 2027');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedName()).toBe('onsdag 30 december 2026');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('onsdag 6 januari 2027');
    await user.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('onsdag 30 december 2026');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('måndag 28 december 2026');
    await user.keyboard('{End}');
    expect(focusedName()).toBe('söndag 3 januari 2027');
    // Page Down from 31 January lands on the last day of February (clamped), not in March.
    await user.keyboard('{PageUp}{PageDown}');
    expect(focusedName()).toBe('söndag 3 januari 2027');
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{End}');
    expect(focusedName()).toBe('söndag 6 december 2026');
    await user.keyboard('{ArrowRight}'.repeat(3));
    expect(focusedName()).toBe('onsdag 9 december 2026');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(focusedName()).toBe('torsdag 9 december 2027');
    await user.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}');
    expect(focusedName()).toBe('tisdag 9 december 2025');
  });

  it('clamps the day when paging months: 31 January + 1 month is 28 February', async () => {
    const { user } = setup({ defaultValue: '2026-01-31' });
    await open(user);
    await user.keyboard('{PageDown}');
    expect(focusedName()).toBe('lördag 28 februari 2026');
  });

  it('Enter picks: the date goes into the field, the calendar closes and focus returns to the button', async () => {
    const { user, input, onValueChange } = setup({ defaultValue: '2026-03-16' });
    await open(user);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input).toHaveValue('2026-03-23');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-23');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ändra datum, måndag 23 mars 2026' })).toHaveFocus();
  });

  it('Space picks too', async () => {
    const { user, input } = setup();
    await open(user);
    await user.keyboard('{ArrowRight} ');
    expect(input).toHaveValue('2026-03-10');
  });

  it('keeps focus within min/max and marks days outside as unavailable', async () => {
    const { user } = setup({ min: '2026-03-05', max: '2026-03-20' });
    await open(user);
    await user.keyboard('{PageUp}');
    expect(focusedName()).toBe('torsdag 5 mars 2026');
    await user.keyboard('{ArrowLeft}');
    expect(focusedName()).toBe('torsdag 5 mars 2026');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(focusedName()).toBe('fredag 20 mars 2026');
    expect(within(grid()).getByRole('gridcell', { name: 'onsdag 4 mars 2026' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(grid()).getByRole('gridcell', { name: 'lördag 21 mars 2026' })).toHaveAttribute('aria-disabled', 'true');
    // The month buttons stop at the limits (aria-disabled, so they keep focus) and do nothing.
    const next = screen.getByRole('button', { name: 'Nästa månad' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(grid()).toHaveAccessibleName('mars 2026');
  });

  it('unavailable days can be reached but not picked', async () => {
    const { user, input } = setup({ isDateUnavailable: (date) => date === '2026-03-10' });
    await open(user);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('');
    expect(grid()).toBeInTheDocument();
  });

  it('month and year buttons change the month shown and announce it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(
        <GbgProvider>
          <DatePicker label="Datum" today={today} />
        </GbgProvider>,
      );
      await open(user);
      await user.click(screen.getByRole('button', { name: 'Nästa månad' }));
      expect(grid()).toHaveAccessibleName('april 2026');
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(document.querySelector('[data-gbg-announcer="polite"]')).toHaveTextContent('april 2026');
      await user.click(screen.getByRole('button', { name: 'Föregående år' }));
      expect(grid()).toHaveAccessibleName('april 2025');
      await user.click(screen.getByRole('button', { name: 'Nästa år' }));
      await user.click(screen.getByRole('button', { name: 'Föregående månad' }));
      expect(grid()).toHaveAccessibleName('mars 2026');
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the reading direction: in right-to-left ArrowLeft goes forward', async () => {
    const user = userEvent.setup();
    render(
      <GbgProvider dir="rtl" locale="en">
        <DatePicker label="Date" today={today} />
      </GbgProvider>,
    );
    await open(user);
    await user.keyboard('{ArrowLeft}');
    // (Intl data versions differ on the comma after the weekday.)
    expect(focusedName()).toMatch(/^Tuesday,? 10 March 2026$/);
  });
});

describe('DatePicker English and bad input', () => {
  it('speaks English with the English locale: strings, month and day names', async () => {
    const user = userEvent.setup();
    render(<English />);
    expect(screen.getByRole('textbox', { name: 'Move-in date' })).toHaveAccessibleDescription('YYYY-MM-DD, for example 2026-03-15');
    await user.click(screen.getByRole('button', { name: /^Change date, Monday,? 16 March 2026$/ }));
    expect(grid()).toHaveAccessibleName('March 2026');
    expect(screen.getByRole('button', { name: 'Next month' })).toBeInTheDocument();
    expect(within(grid()).getByRole('rowheader', { name: 'Week 12' })).toBeInTheDocument();
  });

  it('warns about min/max/today not written YYYY-MM-DD and about min after max, and still renders', () => {
    render(<DatePicker label="Datum" min="9 mars" max="2026-01-01" today="idag" />);
    expect(screen.getByRole('textbox')).toBeInTheDocument();
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/DatePicker.*`min` must be a date written YYYY-MM-DD \(got "9 mars"\)/);
    expect(text).toMatch(/`today` must be a date written YYYY-MM-DD/);
    render(<DatePicker label="Datum" min="2026-02-01" max="2026-01-01" />);
    expect(warnings.messages().join('\n')).toMatch(/`min` is after `max`/);
  });

  it('warns through the field mechanism when the label is missing', () => {
    render(<DatePicker label="" />);
    expect(warnings.messages().join('\n')).toMatch(/DatePicker.*add a `label`/);
  });

  it('a non-date value from the app does not crash: the calendar opens on today', async () => {
    const user = userEvent.setup();
    render(<DatePicker label="Datum" today={today} defaultValue="snart" />);
    fireEvent.click(screen.getByRole('button', { name: 'Välj datum' }));
    expect(focusedName()).toBe('måndag 9 mars 2026, idag');
    await user.keyboard('{Escape}');
  });
});
