import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Details, type DetailsHeadingLevel } from './Details.js';
import * as stories from './Details.stories.js';

const { Closed, AsHeading } = composeStories(stories);
const warnings = captureWarnings();

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

const summaryOf = (details: HTMLElement) => details.querySelector('summary')!;

describe('Details', () => {
  it('is a native details element whose summary names the trigger; the content is in the page while closed', () => {
    const { container } = render(<Closed />);
    const details = container.querySelector('details')!;
    expect(details).toHaveClass('gbg-details');
    expect(details.open).toBe(false);
    expect(summaryOf(details)).toHaveClass('gbg-details-summary');
    expect(summaryOf(details)).toHaveTextContent('Så räknar vi ut avgiften');
    // Closed content stays in the DOM (server HTML, in-page search), only not shown.
    expect(details.querySelector('.gbg-details-content')).toHaveTextContent(/3 procent/);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('opens and closes on a click on the summary and reports each change', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { container } = render(<Details summary="Mer om avgiften" onOpenChange={onOpenChange}>Text</Details>);
    const details = container.querySelector('details')!;
    await user.click(summaryOf(details));
    await waitFor(() => expect(onOpenChange).toHaveBeenLastCalledWith(true));
    expect(details.open).toBe(true);
    await user.click(summaryOf(details));
    await waitFor(() => expect(onOpenChange).toHaveBeenLastCalledWith(false));
    expect(details.open).toBe(false);
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('renders open server HTML for defaultOpen and closed without it, so it works without JavaScript', () => {
    expect(renderToString(<Details summary="Avgift" defaultOpen>Text</Details>)).toMatch(/<details[^>]* open=""/);
    expect(renderToString(<Details summary="Avgift">Text</Details>)).not.toMatch(/<details[^>]* open/);
  });

  it('follows a controlled open prop and puts the element back when the owner keeps its value', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { container, rerender } = render(<Details summary="Avgift" open={false} onOpenChange={onOpenChange}>Text</Details>);
    const details = container.querySelector('details')!;
    // The owner ignores the request: the section stays closed.
    await user.click(summaryOf(details));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(true));
    await waitFor(() => expect(details.open).toBe(false));
    rerender(<Details summary="Avgift" open onOpenChange={onOpenChange}>Text</Details>);
    expect(details.open).toBe(true);
  });

  it('a controlled owner that accepts the change keeps the section open', async () => {
    const user = userEvent.setup();
    function Owner() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <output>{open ? 'öppen' : 'stängd'}</output>
          <Details summary="Avgift" open={open} onOpenChange={setOpen}>Text</Details>
        </>
      );
    }
    const { container } = render(<Owner />);
    await user.click(summaryOf(container.querySelector('details')!));
    await waitFor(() => expect(screen.getByText('öppen')).toBeInTheDocument());
    expect(container.querySelector('details')!.open).toBe(true);
  });

  it('wraps the summary text in a heading of the chosen level', () => {
    render(<AsHeading />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Så räknar vi ut avgiften' });
    expect(heading.closest('summary')).not.toBeNull();
  });

  it('forwards the ref and passes className, style, id, name and attributes through', () => {
    const ref = createRef<HTMLDetailsElement>();
    render(
      <Details ref={ref} summary="Avgift" className="egen" style={{ maxInlineSize: '10rem' }} id="avgift" name="grupp" data-testid="d">
        Text
      </Details>,
    );
    expect(ref.current).toBe(screen.getByTestId('d'));
    expect(ref.current).toHaveClass('gbg-details', 'egen');
    expect(ref.current).toHaveStyle({ maxInlineSize: '10rem' });
    expect(ref.current).toHaveAttribute('id', 'avgift');
    expect(ref.current).toHaveAttribute('name', 'grupp');
  });

  it('opens for a #fragment that points inside it, on load and on hashchange', async () => {
    window.history.replaceState(null, '', '#syskon');
    const { container } = render(
      <>
        <Details summary="Avgift">
          <p id="syskon">Syskonrabatt</p>
        </Details>
        <Details summary="Uppsägning">
          <p id="uppsagning">Två månader</p>
        </Details>
      </>,
    );
    const [fees, notice] = Array.from(container.querySelectorAll('details'));
    expect(fees!.open).toBe(true);
    expect(notice!.open).toBe(false);
    act(() => {
      window.location.hash = '#uppsagning';
    });
    await waitFor(() => expect(notice!.open).toBe(true));
    // A fragment that is not on the page, or malformed, changes nothing and throws nothing.
    act(() => {
      window.location.hash = '#%E0%A4%A';
    });
    await act(async () => {});
    expect(fees!.open && notice!.open).toBe(true);
  });

  it('warns (naming the component and the fix) for a missing summary and a bad heading level, and still renders', () => {
    const { container } = render(
      <Details summary="" headingLevel={7 as DetailsHeadingLevel}>
        Text
      </Details>,
    );
    expect(container.querySelector('details h2')).not.toBeNull();
    const messages = warnings.messages();
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Details: has no `summary`/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Details: `headingLevel` must be 2–6 \(got 7\)/));
  });

  it('calls a native onToggle too', () => {
    const onToggle = vi.fn();
    const { container } = render(<Details summary="Avgift" onToggle={onToggle}>Text</Details>);
    fireEvent(container.querySelector('details')!, new Event('toggle'));
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
