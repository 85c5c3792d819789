// The calendar dialog with real key presses in Chromium (vitest project `browser`): the modal
// `cancel` event on Escape, focus into the grid and back to the calendar button, Tab kept in the
// dialog, and focus back on the calendar button, whose name says the picked date.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount } from '../../../test/browserMount.js';
import { ANNOUNCE_DELAY_MS } from '../../announce/announcer.js';
import { DatePicker } from './DatePicker.js';

const press = (key: string) =>
  act(async () => {
    await userEvent.keyboard(key);
  });
const click = (element: Element, options?: { force: boolean }) =>
  act(async () => {
    await userEvent.click(element, options);
  });
const calendarButton = () => document.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!;
const dialog = () => document.querySelector('dialog')!;
const active = () => document.activeElement as HTMLElement;

describe('DatePicker in Chromium', () => {
  it('opens a modal calendar on the chosen day, moves with the keys and closes on Escape without changing the value', async () => {
    await mount(<DatePicker label="Inflyttningsdatum" defaultValue="2026-03-16" today="2026-03-09" />);
    const button = calendarButton();
    expect(button.getAttribute('aria-label')).toBe('Ändra datum, måndag 16 mars 2026');
    await click(button);
    expect(dialog().matches(':modal')).toBe(true);
    expect(active().getAttribute('aria-label')).toBe('måndag 16 mars 2026');
    expect(active().getAttribute('aria-selected')).toBe('true');

    await press('{ArrowRight}');
    expect(active().getAttribute('aria-label')).toBe('tisdag 17 mars 2026');
    await press('{PageDown}');
    expect(active().getAttribute('aria-label')).toBe('fredag 17 april 2026');
    await press('{Shift>}{PageUp}{/Shift}');
    expect(active().getAttribute('aria-label')).toBe('torsdag 17 april 2025');
    expect(dialog().querySelector('h3')!.textContent).toBe('april 2025');

    // Tab stays inside the modal dialog (close, four month/year buttons, the grid).
    for (let i = 0; i < 6; i += 1) {
      await press('{Tab}');
      // (At the end of the cycle focus may rest on the document before wrapping, as in Dialog's test.)
      expect(document.activeElement === document.body || dialog().contains(document.activeElement)).toBe(true);
    }

    await press('{Escape}');
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(document.querySelector('input')!.value).toBe('2026-03-16');
  });

  it('Enter picks the day: written into the field, focus back on the button that names it', async () => {
    await mount(<DatePicker label="Inflyttningsdatum" today="2026-03-09" />);
    const button = calendarButton();
    expect(button.getAttribute('aria-label')).toBe('Välj datum');
    await click(button);
    // An empty field opens on today, marked as today.
    expect(active().getAttribute('aria-label')).toBe('måndag 9 mars 2026, idag');
    expect(active().getAttribute('aria-current')).toBe('date');
    await press('{End}');
    await press('{Enter}');
    expect(dialog().open).toBe(false);
    expect(document.querySelector('input')!.value).toBe('2026-03-15');
    // Focus back on the button, whose name now says the date: read once, as in the APG example,
    // with no live message spoken on top of it.
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-label')).toBe('Ändra datum, söndag 15 mars 2026');
    await new Promise((resolve) => setTimeout(resolve, 4 * ANNOUNCE_DELAY_MS));
    expect(document.querySelector('[data-gbg-announcer="polite"]')?.textContent ?? '').toBe('');
  });

  it('a click on a day picks it; an unavailable day does nothing', async () => {
    await mount(
      <DatePicker label="Dag för besök" today="2026-03-09" isDateUnavailable={(date) => date === '2026-03-10'} />,
    );
    await click(calendarButton());
    const cell = (label: string) => dialog().querySelector<HTMLElement>(`[aria-label^="${label}"]`)!;
    expect(cell('tisdag 10 mars 2026').getAttribute('aria-disabled')).toBe('true');
    // Forced: Playwright treats aria-disabled as not clickable, a person's mouse does not.
    await click(cell('tisdag 10 mars 2026'), { force: true });
    expect(dialog().open).toBe(true);
    await click(cell('onsdag 11 mars 2026'));
    expect(dialog().open).toBe(false);
    expect(document.querySelector('input')!.value).toBe('2026-03-11');
  });
});
