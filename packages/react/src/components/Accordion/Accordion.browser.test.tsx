// What jsdom cannot show, in real Chromium (vitest project `browser`): "Visa alla" from the real
// keyboard, the browser closing the other sections of an exclusive group, and a #fragment opening
// its section and scrolling it into view when the accordion is rendered after the URL was set (a
// client-rendered page opened with a link). The summary's own keys: Details.browser.test.tsx.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act } from 'react';
import { mount, press } from '../../../test/browserMount.js';
import { describe, expect, it } from 'vitest';
import { Accordion, AccordionItem, type AccordionProps } from './Accordion.js';

let host: HTMLElement;
const sections = () => Array.from(host.querySelectorAll('details'));

function Fees(props: Partial<AccordionProps>) {
  return (
    <Accordion {...props}>
      <AccordionItem id="vem" summary="Vem kan få plats?">
        <p>Alla barn från ett år.</p>
      </AccordionItem>
      <AccordionItem id="avgifter" summary="Avgifter">
        <p id="syskon">Syskonrabatt</p>
      </AccordionItem>
      <AccordionItem id="uppsagning" summary="Säga upp platsen">
        <p>Två månader.</p>
      </AccordionItem>
    </Accordion>
  );
}

describe('Accordion in Chromium', () => {
  it('"Visa alla" works from the keyboard and the focus stays on the button', async () => {
    host = await mount(<Fees />);
    const button = () => host.querySelector<HTMLButtonElement>('.gbg-accordion-controls button')!;
    button().focus();
    await press('{Enter}');
    expect(sections().every((section) => section.open)).toBe(true);
    expect(button()).toHaveTextContent('Dölj alla');
    expect(document.activeElement).toBe(button());
    await press(' ');
    expect(sections().some((section) => section.open)).toBe(false);
    expect(button()).toHaveTextContent('Visa alla');
  });

  it('in an exclusive group the browser closes the open section when another opens', async () => {
    host = await mount(<Fees name="fragor" />);
    const [first, second] = sections();
    first!.querySelector('summary')!.focus();
    await press('{Enter}');
    expect(first!.open).toBe(true);
    second!.querySelector('summary')!.focus();
    await press('{Enter}');
    expect(second!.open).toBe(true);
    expect(first!.open).toBe(false);
  });

  it('a page opened with #fragment opens the section holding it and scrolls it into view; hashchange does the same', async () => {
    window.history.replaceState(null, '', '#syskon');
    host = await mount(
      <>
        <div style={{ blockSize: '3000px' }} />
        <Fees />
      </>,
    );
    const byId = (id: string) => document.getElementById(id)!;
    expect((byId('avgifter') as HTMLDetailsElement).open).toBe(true);
    const top = byId('syskon').getBoundingClientRect().top;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(window.innerHeight);
    expect((byId('uppsagning') as HTMLDetailsElement).open).toBe(false);

    window.scrollTo(0, 0);
    await act(async () => {
      window.location.hash = '#uppsagning';
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    expect((byId('uppsagning') as HTMLDetailsElement).open).toBe(true);
    expect(byId('uppsagning').getBoundingClientRect().top).toBeLessThan(window.innerHeight);
  });
});
