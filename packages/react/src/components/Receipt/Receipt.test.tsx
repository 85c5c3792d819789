import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import { Receipt } from './Receipt.js';
import * as stories from './Receipt.stories.js';

const { Default, PanelOnly, HeadingLevelTwo, English } = composeStories(stories, preview);
const warnings = captureWarnings();

describe('Receipt', () => {
  it('says what was done as the h1, shows the case number, then "Det här händer nu" (h2) as numbered steps', () => {
    render(<Default />);
    expect(screen.getByRole('heading', { level: 1, name: 'Vi har tagit emot din ansökan om bygglov' })).toBeInTheDocument();
    expect(screen.getByText('Ditt ärendenummer är', { exact: false })).toHaveTextContent('Ditt ärendenummer är BYGG-2026-01234');
    expect(screen.getByText('BYGG-2026-01234')).toHaveClass('gbg-receipt-case-number-value');
    expect(screen.getByRole('heading', { level: 2, name: 'Det här händer nu' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/bekräftelse till anna/)).toBeInTheDocument();
  });

  it('is not a landmark and not a live region: it is a new page', () => {
    const { container } = render(<Default />);
    expect(screen.queryByRole('region')).toBeNull();
    // (The provider's own shared live regions sit beside it; the receipt has none.)
    const receipt = container.querySelector('.gbg-receipt')!;
    expect(receipt.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    // The icon is decorative.
    expect(receipt.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('leaves out the case number and the steps when there are none', () => {
    render(<PanelOnly />);
    expect(screen.queryByText(/ärendenummer/)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getAllByRole('heading')).toHaveLength(1);
  });

  it('follows headingLevel: h2 and h3 inside a page section', () => {
    render(<HeadingLevelTwo />);
    expect(screen.getByRole('heading', { level: 2, name: /Vi har tagit emot/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Det här händer nu' })).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(<English />);
    expect(screen.getByText('Your case number is', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeInTheDocument();
  });

  it('renders on the server without touching window', () => {
    const html = renderToString(<Receipt heading="Klart" caseNumber="A-1" nextSteps={['Vi hör av oss.']} />);
    expect(html).toContain('<h1');
    expect(html).toContain('A-1');
  });

  it('warns about a missing heading and a bad level, and falls back to h1', () => {
    render(<Receipt heading="" />);
    render(<Receipt heading="Klart" headingLevel={7 as 1} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Klart' })).toBeInTheDocument();
    const messages = warnings.messages().join('\n');
    expect(messages).toMatch(/Receipt: has no `heading`/);
    expect(messages).toMatch(/Receipt: headingLevel 7 is not 1–5/);
  });

  it('hands its heading to an app that moves focus there, out of the tab order', () => {
    const headingRef = createRef<HTMLHeadingElement>();
    render(<Receipt headingRef={headingRef} heading="Klart" />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Klart' });
    expect(headingRef.current).toBe(heading);
    expect(heading).toHaveAttribute('tabindex', '-1');
    heading.focus();
    expect(heading).toHaveFocus();
  });

  it('keeps the heading unfocusable without a headingRef', () => {
    render(<Receipt heading="Klart" />);
    expect(screen.getByRole('heading', { name: 'Klart' })).not.toHaveAttribute('tabindex');
  });

  it('forwards the ref and passes className and other attributes', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Receipt ref={ref} className="mine" data-testid="kvitto" heading="Klart" />);
    expect(ref.current).toBe(screen.getByTestId('kvitto'));
    expect(ref.current).toHaveClass('gbg-receipt', 'mine');
  });
});
