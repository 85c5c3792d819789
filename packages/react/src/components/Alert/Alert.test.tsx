import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { Alert, type AlertTone } from './Alert.js';
import * as stories from './Alert.stories.js';

const { Tones, Dismissible, WithoutHeading, AnnouncedAfterAction } = composeStories(stories);
// The English story's demo content comes from the preview's demo-content decorator (and its
// provider takes the story's `locale: 'en'`), so it is composed the way Storybook shows it.
const { English } = composeStories(stories, preview);
const warnings = captureWarnings();

const region = (politeness: 'polite' | 'assertive') => document.querySelector(`[${REGION_ATTRIBUTE}="${politeness}"]`);
const flush = () => act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 1));

afterEach(() => {
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('Alert', () => {
  it('has a heading that starts with the tone in words, for every tone', () => {
    render(<Tones />);
    for (const name of ['Information: Planerat underhåll', 'Klart: Ansökan är skickad', 'Varning: Ansökan är inte skickad', 'Fel: Det gick inte att hämta']) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
  });

  it('puts the tone word before the text when there is no heading', () => {
    const { container } = render(<WithoutHeading />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(container.querySelector('.gbg-alert-text')).toHaveTextContent(/^Klart: Dina ändringar är sparade\.$/);
  });

  it('marks the tone on the element (for the styles), with no role="alert" and no live region of its own', () => {
    const { container } = render(<Alert tone="error" heading="Fel">Text</Alert>);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-tone', 'error');
    expect(root).toHaveClass('gbg-alert');
    expect(container.querySelector('[role="alert"], [aria-live], [role="status"]')).toBeNull();
  });

  it('uses the English dictionary', () => {
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('heading', { name: /^Error: We could not load/ })).toBeInTheDocument();
    // The close button's name is "Close" plus the heading, so it says what it closes.
    const close = screen.getByRole('button', { name: /^Close We could not load your cases/ });
    expect(close).toBeInTheDocument();
  });

  it('has a heading level, forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Alert ref={ref} headingLevel={3} heading="Rubrik" className="egen" style={{ maxInlineSize: '10rem' }} data-testid="a" id="notis">
        Text
      </Alert>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(ref.current).toBe(screen.getByTestId('a'));
    expect(ref.current).toHaveClass('gbg-alert', 'egen');
    expect(ref.current).toHaveStyle({ maxInlineSize: '10rem' });
    expect(ref.current).toHaveAttribute('id', 'notis');
  });

  it('shows a close button only with onDismiss; Enter and Space call it', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(<Alert heading="Rubrik">Text</Alert>);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<Alert heading="Rubrik" onDismiss={onDismiss}>Text</Alert>);
    await user.tab();
    const close = screen.getByRole('button', { name: /^Stäng/ });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('the dismiss story removes the alert and moves focus to the section heading', async () => {
    const user = userEvent.setup();
    render(<Dismissible />);
    await user.click(screen.getByRole('button', { name: /^Stäng/ }));
    expect(screen.queryByText('Planerat underhåll av e-tjänsterna')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Mina ärenden' })).toHaveFocus();
  });

  it('takes a custom close label', () => {
    render(<Alert heading="Rubrik" onDismiss={() => {}} dismissLabel="Stäng meddelandet">Text</Alert>);
    expect(screen.getByRole('button', { name: 'Stäng meddelandet Rubrik' })).toBeInTheDocument();
  });
});

describe('Alert announcements', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is not spoken without `announce`', () => {
    render(<Alert heading="Sparat">Text</Alert>);
    flush();
    expect(region('polite')?.textContent ?? '').toBe('');
  });

  it('speaks its text, tone word first, when it appears on the client', () => {
    render(
      <GbgProvider>
        <Alert announce tone="success" heading="Ändringarna är sparade">
          Dina kontaktuppgifter är uppdaterade.
        </Alert>
      </GbgProvider>,
    );
    flush();
    expect(region('polite')).toHaveTextContent('Klart: Ändringarna är sparade Dina kontaktuppgifter är uppdaterade.');
    expect(region('assertive')).toHaveTextContent('');
  });

  it('speaks errors assertively and speaks again when the text changes, not on an unchanged re-render', () => {
    const { rerender } = render(<Alert announce tone="error" heading="Kunde inte spara" />);
    flush();
    expect(region('assertive')).toHaveTextContent('Fel: Kunde inte spara');
    region('assertive')!.textContent = '';
    rerender(<Alert announce tone="error" heading="Kunde inte spara" className="x" />);
    flush();
    expect(region('assertive')).toHaveTextContent('');
    rerender(<Alert announce tone="error" heading="Kunde inte spara igen" />);
    flush();
    expect(region('assertive')).toHaveTextContent('Fel: Kunde inte spara igen');
  });

  it('the story speaks after the button press', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    render(<AnnouncedAfterAction />);
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await vi.waitFor(() => expect(region('polite')).toHaveTextContent('Klart: Ändringarna är sparade'));
  });

  it('is not spoken when hydrated from server HTML, but is when its text changes afterwards', () => {
    const ui = (heading: string) => (
      <GbgProvider>
        <Alert announce tone="warning" heading={heading}>
          Text
        </Alert>
      </GbgProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui('Driftstörning'));
    document.body.append(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    try {
      act(() => {
        root = hydrateRoot(container, ui('Driftstörning'));
      });
      flush();
      expect(region('polite')).toHaveTextContent('');
      act(() => root!.render(ui('Driftstörningen är åtgärdad')));
      flush();
      expect(region('polite')).toHaveTextContent('Varning: Driftstörningen är åtgärdad Text');
    } finally {
      act(() => root?.unmount());
      container.remove();
    }
  });
});

describe('Alert bad input', () => {
  it('falls back to info with a warning naming the component for an unknown tone', () => {
    const { container } = render(<Alert tone={'danger' as AlertTone} heading="Rubrik" />);
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'info');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Alert: `tone` must be .*"danger"/);
  });

  it('renders an h2 and warns for a heading level outside 2–6', () => {
    render(<Alert headingLevel={1 as 2} heading="Rubrik" />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Alert: `headingLevel` must be 2–6/);
  });

  it('warns when it has neither heading nor text', () => {
    render(<Alert />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Alert: has neither `heading` nor text/);
  });

  it('gives no warnings for good input', () => {
    render(<Tones />);
    expect(warnings.spy).not.toHaveBeenCalled();
    expect(within(document.body).getAllByRole('heading')).toHaveLength(4);
  });
});
