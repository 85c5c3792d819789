import { composeStories } from '@storybook/react-vite';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { Accordion, AccordionItem } from './Accordion.js';
import * as stories from './Accordion.stories.js';

const { Closed, OneOpen, Exclusive, WithForm } = composeStories(stories);
const warnings = captureWarnings();

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

const sections = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLDetailsElement>('details'));

describe('Accordion', () => {
  it('puts every section title in a heading of the chosen level, inside the summary', () => {
    const { container } = render(<Closed />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Vem kan få plats i förskola?',
      'Så ansöker du',
      'Avgifter',
      'Säga upp platsen',
    ]);
    for (const heading of headings) expect(heading.parentElement?.tagName).toBe('SUMMARY');
    expect(sections(container).every((section) => section.classList.contains('gbg-accordion-item'))).toBe(true);
    expect(container.querySelector('.gbg-accordion')).not.toBeNull();
  });

  it('uses headingLevel for the items', () => {
    render(<WithForm />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('"Visa alla" opens every section and becomes "Dölj alla", which closes them all', async () => {
    const user = userEvent.setup();
    const { container } = render(<OneOpen />);
    const showAll = await screen.findByRole('button', { name: 'Visa alla' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(showAll);
    expect(sections(container).every((section) => section.open)).toBe(true);
    const hideAll = screen.getByRole('button', { name: 'Dölj alla' });
    expect(hideAll).toHaveAttribute('aria-expanded', 'true');
    await user.click(hideAll);
    expect(sections(container).some((section) => section.open)).toBe(false);
    expect(screen.getByRole('button', { name: 'Visa alla' })).toBeInTheDocument();
  });

  it('keyboard: Tab reaches "Visa alla" first; Enter opens every section, Space closes them again', async () => {
    const user = userEvent.setup();
    const { container } = render(<Closed />);
    await screen.findByRole('button', { name: 'Visa alla' });
    await user.tab();
    const button = screen.getByRole('button', { name: 'Visa alla' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(sections(container).every((section) => section.open)).toBe(true);
    expect(button).toHaveFocus();
    expect(button).toHaveTextContent('Dölj alla');
    await user.keyboard(' ');
    expect(sections(container).some((section) => section.open)).toBe(false);
  });

  it('the button follows sections opened one by one', async () => {
    const user = userEvent.setup();
    const { container } = render(<OneOpen />);
    await screen.findByRole('button', { name: 'Visa alla' });
    for (const section of sections(container)) {
      if (!section.open) await user.click(section.querySelector('summary')!);
    }
    expect(await screen.findByRole('button', { name: 'Dölj alla' })).toBeInTheDocument();
  });

  it('has no button in the server HTML (it needs JavaScript)', () => {
    const html = renderToString(<Closed />);
    expect(html).toContain('gbg-accordion');
    expect(html).not.toContain('<button');
  });

  it('takes the button text from the English dictionary', async () => {
    render(
      <GbgProvider locale="en">
        <Accordion>
          <AccordionItem summary="Fees">Text</AccordionItem>
        </Accordion>
      </GbgProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Show all' })).toBeInTheDocument();
  });

  it('an exclusive group gives every section the native name and shows no "Visa alla"', async () => {
    const { container } = render(<Exclusive />);
    await act(async () => {});
    expect(sections(container).map((section) => section.getAttribute('name'))).toEqual(Array(4).fill('forskola-fragor'));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts only its own sections, not those of a nested accordion', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Accordion data-testid="outer">
        <AccordionItem summary="Yttre">
          <Accordion data-testid="inner" showAllButton={false}>
            <AccordionItem summary="Inre">Text</AccordionItem>
          </Accordion>
        </AccordionItem>
      </Accordion>,
    );
    await user.click(await within(screen.getByTestId('outer')).findByRole('button', { name: 'Visa alla' }));
    const [outer, inner] = sections(container);
    expect(outer!.open).toBe(true);
    expect(inner!.open).toBe(false);
    expect(screen.getByRole('button', { name: 'Dölj alla' })).toBeInTheDocument();
    // showAllButton={false}: the inner accordion has no button of its own.
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('opens the section that holds the #fragment, on load and on hashchange', async () => {
    window.history.replaceState(null, '', '#avgifter');
    const { container } = render(<Closed />);
    const byId = (id: string) => container.querySelector<HTMLDetailsElement>(`#${id}`)!;
    expect(byId('avgifter').open).toBe(true);
    expect(byId('sa-ansoker-du').open).toBe(false);
    act(() => {
      window.location.hash = '#sa-ansoker-du';
    });
    await waitFor(() => expect(byId('sa-ansoker-du').open).toBe(true));
  });

  it('forwards refs and passes className and attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    const itemRef = createRef<HTMLDetailsElement>();
    render(
      <Accordion ref={ref} className="egen" data-testid="a">
        <AccordionItem ref={itemRef} summary="Avgift" className="egen-del" id="avgift">
          Text
        </AccordionItem>
      </Accordion>,
    );
    expect(ref.current).toBe(screen.getByTestId('a'));
    expect(ref.current).toHaveClass('gbg-accordion', 'egen');
    expect(itemRef.current).toHaveClass('gbg-details', 'gbg-accordion-item', 'egen-del');
    expect(itemRef.current).toHaveAttribute('id', 'avgift');
  });

  it('warns for an item outside an Accordion and for an empty name, and still renders', () => {
    render(
      <>
        <AccordionItem summary="Ensam">Text</AccordionItem>
        <Accordion name=" ">
          <AccordionItem summary="Avgift">Text</AccordionItem>
        </Accordion>
      </>,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    const messages = warnings.messages();
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] AccordionItem: is outside an <Accordion>; put it inside one/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Accordion: `name` is empty/));
  });
});
