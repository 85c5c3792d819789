// What jsdom cannot show, in real Chromium (vitest project `browser`): the summary is in the tab
// order and Enter and Space toggle it (jsdom neither focuses a summary nor activates it by key),
// and the content is skipped by Tab while closed; a section opened in the server HTML before
// React hydrates stays open and is reported.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { hydrate, mount, mountServerHtml, press } from '../../../test/browserMount.js';
import { describe, expect, it, vi } from 'vitest';
import { Details } from './Details.js';

let host: HTMLElement;
const sections = () => Array.from(host.querySelectorAll('details'));

describe('Details in Chromium', () => {
  it('Tab reaches each summary; Enter and Space open and close it and report the change', async () => {
    const onOpenChange = vi.fn();
    host = await mount(
      <>
        <button type="button">Före</button>
        <Details summary="Så räknar vi avgiften" onOpenChange={onOpenChange}>
          <a href="#inuti">Länk inuti</a>
        </Details>
        <button type="button">Efter</button>
      </>,
    );
    const details = sections()[0]!;
    host.querySelector('button')!.focus();
    await press('{Tab}');
    expect(document.activeElement).toBe(details.querySelector('summary'));
    await press('{Enter}');
    expect(details.open).toBe(true);
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    // Open: the content's link is next in the tab order.
    await press('{Tab}');
    expect(document.activeElement?.textContent).toBe('Länk inuti');
    await press('{Shift>}{Tab}{/Shift}');
    await press(' ');
    expect(details.open).toBe(false);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    // Closed: the content is skipped.
    await press('{Tab}');
    expect(document.activeElement?.textContent).toBe('Efter');
  });


  it('a section the person opened before hydration stays open and is reported', async () => {
    const onOpenChange = vi.fn();
    const ui = (
      <Details summary="Så räknar vi avgiften" onOpenChange={onOpenChange}>
        <p>Tre procent</p>
      </Details>
    );
    host = mountServerHtml(ui);
    // No JavaScript yet: the native element opens on its own.
    const details = host.querySelector('details')!;
    details.open = true;
    const recoverable = await hydrate(host, ui);
    expect(details.open).toBe(true);
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(recoverable).toEqual([]);
    // And it keeps working after hydration.
    details.querySelector('summary')!.focus();
    await press('{Enter}');
    expect(details.open).toBe(false);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });
});
