import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { ErrorSummary } from './ErrorSummary.js';
import * as stories from './ErrorSummary.stories.js';

const { Standard, English, WithoutAutoFocus, CustomHeading, WithDescription } = composeStories(stories);
const warnings = captureWarnings();

const scrollIntoView = vi.fn();
beforeEach(() => {
  // jsdom has no layout; record what would be scrolled.
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  vi.restoreAllMocks();
  scrollIntoView.mockReset();
});

describe('ErrorSummary', () => {
  it('is a region named by its Swedish heading, listing every error as a link to its field', () => {
    render(<Standard />);
    const summary = screen.getByRole('region', { name: 'Det finns fel i formuläret' });
    expect(screen.getByRole('heading', { level: 2, name: 'Det finns fel i formuläret' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#es-namn', '#es-epost']);
    expect(links[0]).toHaveAccessibleName('Ange ditt namn.');
    // The list is the region's description, so the errors are read with the heading on focus.
    expect(summary).toHaveAccessibleDescription(/Ange ditt namn\..*Ange en e-postadress/);
  });

  it('uses the English heading from the dictionary', () => {
    // The unit project does not load the Storybook preview, so set the locale here.
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('region', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('takes focus when it appears', () => {
    render(<Standard />);
    expect(screen.getByRole('region')).toHaveFocus();
  });

  it('takes focus when errors go from none to some, not when they change afterwards', () => {
    const field = (
      <>
        <input id="a" aria-label="A" />
        <input id="b" aria-label="B" />
      </>
    );
    const { rerender, container } = render(<><ErrorSummary errors={[]} />{field}</>);
    expect(container.querySelector('section')).toBeNull();
    rerender(<><ErrorSummary errors={[{ id: 'a', message: 'Fel A' }]} />{field}</>);
    expect(screen.getByRole('region')).toHaveFocus();
    screen.getByLabelText('B').focus();
    rerender(<><ErrorSummary errors={[{ id: 'a', message: 'Fel A' }, { id: 'b', message: 'Fel B' }]} />{field}</>);
    expect(screen.getByLabelText('B')).toHaveFocus();
    rerender(<><ErrorSummary errors={[]} />{field}</>);
    rerender(<><ErrorSummary errors={[{ id: 'b', message: 'Fel B' }]} />{field}</>);
    expect(screen.getByRole('region')).toHaveFocus();
  });

  it('takes focus again on a second failed submit when submitCount changes while errors are shown', () => {
    const field = <input id="a" aria-label="A" />;
    const errors = [{ id: 'a', message: 'Fel A' }];
    const { rerender } = render(<><ErrorSummary errors={errors} submitCount={1} />{field}</>);
    expect(screen.getByRole('region')).toHaveFocus();
    screen.getByLabelText('A').focus();
    // A re-render with the same count (typing in the field) leaves focus where the person is.
    rerender(<><ErrorSummary errors={errors} submitCount={1} />{field}</>);
    expect(screen.getByLabelText('A')).toHaveFocus();
    rerender(<><ErrorSummary errors={errors} submitCount={2} />{field}</>);
    expect(screen.getByRole('region')).toHaveFocus();
  });

  it('does not move focus with autoFocus={false}', () => {
    render(<WithoutAutoFocus />);
    expect(screen.getByRole('region')).not.toHaveFocus();
  });

  it('moves focus to the field and scrolls its label into view when a link is clicked', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const hashBefore = window.location.hash;
    await user.click(screen.getByRole('link', { name: /e-postadress med @/ }));
    expect(screen.getByRole('textbox', { name: /E-postadress/ })).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toHaveTextContent(/^E-postadress/);
    expect((scrollIntoView.mock.contexts[0] as HTMLElement).tagName).toBe('LABEL');
    expect(window.location.hash).toBe(hashBefore);
  });

  it('scrolls the legend into view for a field inside a fieldset', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[{ id: 'ja', message: 'Välj ja eller nej.' }]} autoFocus={false} />
        <fieldset>
          <legend>Har du barn?</legend>
          <input type="radio" id="ja" name="barn" aria-label="Ja" />
        </fieldset>
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Välj ja eller nej.' }));
    expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
    expect((scrollIntoView.mock.contexts[0] as HTMLElement).tagName).toBe('LEGEND');
  });

  it('works with the keyboard: Tab from the summary to the first link, Enter moves focus to the field', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ange ditt namn.' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Namn/ })).toHaveFocus();
  });

  it('renders the description and a custom heading level', () => {
    render(<WithDescription />);
    expect(screen.getByText('Det du har skrivit finns kvar. Rätta felen och skicka igen.')).toBeInTheDocument();
    render(<CustomHeading />);
    expect(screen.getByRole('heading', { level: 3, name: 'Ansökan kunde inte skickas' })).toBeInTheDocument();
  });

  it('warns when an error points to an id that is not on the page, and leaves the link to the browser', async () => {
    const user = userEvent.setup();
    render(<ErrorSummary errors={[{ id: 'saknas', message: 'Ange ort.' }]} autoFocus={false} />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringContaining('[gbg] ErrorSummary: no element with id "saknas"'));
    await user.click(screen.getByRole('link', { name: 'Ange ort.' }));
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('warns and renders nothing when errors is not an array', () => {
    const { container } = render(<ErrorSummary errors={undefined as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringContaining('[gbg] ErrorSummary: `errors` must be an array'));
  });

  it('renders an h2 and warns for a heading level outside 2–4 (issue 13)', () => {
    render(
      <>
        <ErrorSummary headingLevel={9 as never} errors={[{ id: 'x', message: 'Fel' }]} autoFocus={false} />
        <input id="x" aria-label="X" />
      </>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Det finns fel i formuläret' })).toBeInTheDocument();
    expect(warnings.messages()).toContainEqual(
      expect.stringMatching(/^\[gbg\] ErrorSummary: `headingLevel` must be 2, 3 or 4 \(got 9\); an h2 was rendered/),
    );
  });

  it('leaves out entries that are not { id, message } and warns (issue 13)', () => {
    render(
      <>
        <ErrorSummary errors={[null, { id: 'x', message: 'Ange ort.' }, undefined] as never} autoFocus={false} />
        <input id="x" aria-label="X" />
      </>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Ange ort.');
    expect(warnings.messages()).toContainEqual(
      expect.stringMatching(/^\[gbg\] ErrorSummary: `errors` has 2 entries that are not \{ id, message \}/),
    );
  });

  it('renders nothing (and warns) when every entry is bad', () => {
    const { container } = render(<ErrorSummary errors={[null] as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] ErrorSummary: `errors` has 1 entry that is not/));
  });

  it('forwards the ref (for re-focusing after another submit) and passes className and attributes', () => {
    const ref = createRef<HTMLElement>();
    render(
      <GbgProvider locale="sv">
        <ErrorSummary ref={ref} className="mine" data-testid="s" errors={[{ id: 'x', message: 'Fel' }]} autoFocus={false} />
        <input id="x" aria-label="X" />
      </GbgProvider>,
    );
    const summary = screen.getByTestId('s');
    expect(ref.current).toBe(summary);
    expect(summary).toHaveClass('mine');
    expect(summary.className).not.toBe('mine');
    act(() => ref.current?.focus());
    expect(summary).toHaveFocus();
  });
});
