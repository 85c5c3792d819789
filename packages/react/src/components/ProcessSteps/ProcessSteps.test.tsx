import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ProcessSteps } from './ProcessSteps.js';
import * as stories from './ProcessSteps.stories.js';

const s = composeStories(stories);
const { English } = composeStories(stories, preview);
const warnings = captureWarnings();

describe('ProcessSteps', () => {
  it('is an ordered list with one item per step, in order', () => {
    render(<s.Standard />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Ansök i e-tjänsten');
    expect(items[3]).toHaveTextContent('Du får ett beslut');
  });

  it('names each step heading with its number in words, at the chosen level', () => {
    render(<s.Standard />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      '1Steg 1: Ansök i e-tjänsten',
      '2Steg 2: Vi kontrollerar att ansökan är komplett',
      '3Steg 3: Vi handlägger ansökan',
      '4Steg 4: Du får ett beslut',
    ]);
    // The drawn digit is hidden, so the name is read once: "Steg 2: …", not "2 Steg 2: …".
    expect(screen.getByRole('heading', { name: 'Steg 2: Vi kontrollerar att ansökan är komplett' })).toBeInTheDocument();
  });

  it('renders text as a paragraph and the extra content (a link) inside its step', () => {
    render(<s.Standard />);
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText(/Logga in med BankID/).tagName).toBe('P');
    expect(within(first).getByRole('link', { name: 'Ansök om bygglov' })).toHaveAttribute('href', '/bygglov/ansok');
    expect(within(screen.getAllByRole('listitem')[1]!).queryByRole('link')).toBeNull();
  });

  it('says "Step" in English', () => {
    render(<English />);
    expect(screen.getByRole('heading', { name: 'Step 1: Apply in the e-service' })).toBeInTheDocument();
  });

  it('takes the heading level and a step id', () => {
    render(<ProcessSteps headingLevel={2} steps={[{ heading: 'Ansök', id: 'ansok' }, { heading: 'Vänta' }]} />);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('id', 'ansok');
  });

  it('warns and renders h3 for a heading level outside 2–6', () => {
    // @ts-expect-error -- level 1 is the page title
    render(<ProcessSteps headingLevel={1} steps={[{ heading: 'Ansök' }]} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/ProcessSteps.*headingLevel.*2–6/);
  });

  it('warns and renders nothing without steps, and warns about a step without a heading', () => {
    // @ts-expect-error -- steps is required
    const { container } = render(<ProcessSteps />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages().join('\n')).toMatch(/ProcessSteps.*no `steps`/);
    render(<ProcessSteps steps={[{ heading: '' }, { heading: 'Vänta' }]} />);
    expect(warnings.messages().join('\n')).toMatch(/ProcessSteps.*without a `heading`/);
  });

  it('passes className, style, other attributes and the ref to the list', () => {
    let node: HTMLOListElement | null = null;
    render(
      <ProcessSteps ref={(el) => { node = el; }} className="egen" style={{ maxWidth: 10 }} aria-label="Så går det till" steps={[{ heading: 'Ansök' }]} />,
    );
    const list = screen.getByRole('list', { name: 'Så går det till' });
    expect(node).toBe(list);
    expect(list).toHaveClass('gbg-process-steps', 'egen');
    expect(list.style.maxWidth).toBe('10px');
  });
});
