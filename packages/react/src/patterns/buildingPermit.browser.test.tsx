// "Ansök om bygglov i fyra steg" finished by a keyboard-only user, in real Chromium (vitest
// project `browser`): only Tab, typing and Enter/arrows — no clicks. The one exception is the
// file itself: a keyboard user reaches the file input with Tab and then picks a file in the
// operating system's dialog, which a test cannot drive, so `userEvent.upload` stands in for
// that dialog once the input has keyboard focus.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import axe from 'axe-core';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount, press } from '../../test/browserMount.js';
import { GbgProvider } from '../provider/index.js';
import { BuildingPermitFlow } from './__fixtures__/buildingPermitFlow.js';

const tab = () =>
  act(async () => {
    await userEvent.tab();
    await new Promise((resolve) => setTimeout(resolve, 30));
  });

const focused = () => document.activeElement as HTMLElement | null;
const h1 = (container: HTMLElement) => container.querySelector('h1');

/** Tabs forward until the focused element matches, failing after `max` presses. */
async function tabTo(match: (element: HTMLElement) => boolean, max = 12) {
  for (let count = 0; count < max; count += 1) {
    await tab();
    const element = focused();
    if (element && match(element)) return element;
  }
  throw new Error(`Tab never reached the wanted element; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

/** Axe (WCAG 2.2 A and AA) on the step as it is now: the story tests see only the first step. */
async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const textIs = (text: string) => (element: HTMLElement) => element.textContent?.trim() === text;

describe('Ansök om bygglov with the keyboard only (Chromium)', () => {
  it('goes from the first step to the receipt: combobox, a fixed error, date, file, a change link', async () => {
    const container = await mount(
      <GbgProvider>
        <BuildingPermitFlow uploadTickMs={40} />
      </GbgProvider>,
    );
    expect(h1(container)).toHaveTextContent('Fastigheten');
    expect(container).toHaveTextContent('Steg 1 av 4');

    // Step 1: the stadsdel from the combobox with letters, Arrow Down and Enter.
    await tab();
    expect(focused()?.id).toBe('bygglov-stadsdel');
    expect(focused()).toHaveAttribute('role', 'combobox');
    await press('Majo');
    await press('{ArrowDown}');
    const active = focused()?.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)).toHaveTextContent('Majorna');
    await press('{Enter}');
    expect(focused()).toHaveValue('Majorna');
    expect(focused()).toHaveAttribute('aria-expanded', 'false');
    // Still step 1: Enter in the open list chose the option, it did not submit the form.
    expect(h1(container)).toHaveTextContent('Fastigheten');

    // A fastighetsbeteckning without its unit: Enter submits, the summary takes focus.
    await tab();
    expect(focused()?.id).toBe('bygglov-fastighet');
    await press('Majorna 12');
    await press('{Enter}');
    const summary = container.querySelector('section[aria-labelledby]');
    expect(summary).not.toBeNull();
    expect(focused()).toBe(summary);
    expect(summary).toHaveTextContent('Skriv fastighetsbeteckningen som område, block och enhet');
    expect(h1(container)).toHaveTextContent('Fastigheten');
    await expectNoAxeViolations(container);

    // The summary's link takes focus to the field; the fix is typed there.
    await tab();
    expect(focused()).toHaveAttribute('href', '#bygglov-fastighet');
    await press('{Enter}');
    expect(focused()?.id).toBe('bygglov-fastighet');
    expect(focused()).toHaveAttribute('aria-invalid', 'true');
    await press('{End}:3');
    expect(focused()).toHaveValue('Majorna 12:3');
    await press('{Enter}');

    // Step 2: a new page, so focus is on its h1; the date is typed år, månad, dag.
    expect(h1(container)).toHaveTextContent('Byggstart');
    expect(focused()).toBe(h1(container));
    expect(container).toHaveTextContent('Steg 2 av 4');
    expect(container.querySelector('button')).toHaveTextContent('Tillbaka');
    await tab();
    expect(focused()?.id).toBe('bygglov-byggstart-year');
    await press('2027');
    await tab();
    expect(focused()?.id).toBe('bygglov-byggstart-month');
    await press('3');
    await tab();
    expect(focused()?.id).toBe('bygglov-byggstart-day');
    await press('15');
    await press('{Enter}');

    // Step 3: Tab reaches the native file input (behind the "Välj filer" label).
    expect(h1(container)).toHaveTextContent('Ritningar');
    expect(focused()).toBe(h1(container));
    await tab();
    const input = focused() as HTMLInputElement;
    expect(input.id).toBe('bygglov-ritningar');
    expect(input.type).toBe('file');
    // The OS file dialog stands here (see the note at the top).
    const drawing = new File([new Uint8Array(4000)], 'situationsplan.pdf', { type: 'application/pdf' });
    await act(async () => {
      await userEvent.upload(input, drawing);
    });
    // The simulated upload runs 0 → 100 % in four ticks of 40 ms.
    // Waited inside act, so the timers' state updates reach React as the user would see them.
    const status = () => container.querySelector('li[data-status]')?.getAttribute('data-status');
    await act(async () => {
      for (let waited = 0; status() !== 'done' && waited < 3000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(status()).toBe('done');
    expect(container).toHaveTextContent('situationsplan.pdf');
    await expectNoAxeViolations(container);
    await tabTo(textIs('Fortsätt'));
    await press('{Enter}');

    // Step 4: the answers, and an "Ändra" link that opens step 1 on the field it names.
    expect(h1(container)).toHaveTextContent('Kontrollera dina svar');
    expect(focused()).toBe(h1(container));
    const answers = container.querySelector('dl')!;
    expect(answers).toHaveTextContent('Majorna');
    expect(answers).toHaveTextContent('Majorna 12:3');
    expect(answers).toHaveTextContent('15 mars 2027');
    expect(answers).toHaveTextContent('situationsplan.pdf');
    await expectNoAxeViolations(container);
    const change = await tabTo((element) => element.getAttribute('href') === '#bygglov-fastighet');
    expect(change).toHaveAccessibleName(/Ändra.*fastighetsbeteckning/i);
    await press('{Enter}');
    expect(h1(container)).toHaveTextContent('Fastigheten');
    expect(focused()?.id).toBe('bygglov-fastighet');
    await press('{Control>}a{/Control}Haga 4:12');
    await press('{Enter}');

    // Back on the check page directly, with the changed answer.
    expect(h1(container)).toHaveTextContent('Kontrollera dina svar');
    expect(focused()).toBe(h1(container));
    expect(container.querySelector('dl')).toHaveTextContent('Haga 4:12');
    await tabTo(textIs('Skicka ansökan'));
    await press('{Enter}');

    // The receipt: its h1 has focus and the case number is there; no BackLink, no steps.
    const receiptHeading = h1(container)!;
    expect(receiptHeading).toHaveTextContent('Vi har tagit emot din ansökan om bygglov');
    expect(focused()).toBe(receiptHeading);
    expect(container).toHaveTextContent('BYGG-2026-01234');
    expect(container).not.toHaveTextContent('Tillbaka');
    expect(container).not.toHaveTextContent('Steg 4 av 4');
    await expectNoAxeViolations(container);
  });

  it('turns away a start date that is not after the demo day and goes back with BackLink', async () => {
    const container = await mount(
      <GbgProvider>
        <BuildingPermitFlow uploadTickMs={40} />
      </GbgProvider>,
    );
    await tab();
    await press('Haga');
    await press('{ArrowDown}');
    await press('{Enter}');
    await tab();
    await press('Haga 1:2');
    await press('{Enter}');
    expect(h1(container)).toHaveTextContent('Byggstart');

    await tab();
    await press('2026');
    await tab();
    await press('11');
    await tab();
    await press('30');
    await press('{Enter}');
    const summary = container.querySelector('section[aria-labelledby]');
    expect(focused()).toBe(summary);
    expect(summary).toHaveTextContent('Byggstarten måste vara efter i dag, 30 november 2026.');
    await expectNoAxeViolations(container);
    await tab();
    expect(focused()).toHaveAttribute('href', '#bygglov-byggstart-year');

    // Shift+Tab from the summary's link back to BackLink (before the h1; the summary and the
    // h1 are focusable by script only), then Enter.
    await act(async () => {
      await userEvent.tab({ shift: true });
    });
    expect(focused()?.tagName).toBe('BUTTON');
    expect(focused()).toHaveTextContent('Tillbaka');
    await press('{Enter}');
    expect(h1(container)).toHaveTextContent('Fastigheten');
    expect(focused()).toBe(h1(container));
    expect(container.querySelector<HTMLInputElement>('#bygglov-fastighet')).toHaveValue('Haga 1:2');
  });
});
