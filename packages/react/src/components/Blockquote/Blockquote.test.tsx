import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Blockquote } from './Blockquote.js';
import * as stories from './Blockquote.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();

describe('Blockquote', () => {
  it('is a figure holding the quote and, as its caption, who said it', () => {
    render(<s.Standard />);
    // Browsers name the figure by its figcaption (HTML-AAM); jsdom does not, so the tie is checked
    // structurally here.
    const figure = screen.getByRole('figure');
    const quote = figure.querySelector('blockquote');
    expect(quote).toHaveTextContent('Vi vill att det ska vara enkelt');
    expect(figure.querySelector('figcaption')).toHaveTextContent('Anna Svensson');
    expect(quote?.compareDocumentPosition(figure.querySelector('figcaption')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('keeps a safe source address in cite and drops an unsafe one with a warning', () => {
    const { rerender, container } = render(<s.Paragraphs />);
    expect(container.querySelector('blockquote')).toHaveAttribute('cite', 'https://example.org/protokoll/2026-05-12');
    rerender(<Blockquote cite="javascript:alert(1)">Citat</Blockquote>);
    expect(container.querySelector('blockquote')).not.toHaveAttribute('cite');
    expect(warnings.messages().join('\n')).toMatch(/Blockquote.*unsafe href/);
  });

  it('renders no empty caption without attribution', () => {
    const { container } = render(<s.WithoutAttribution />);
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('warns when there is nothing to quote', () => {
    render(<Blockquote>{''}</Blockquote>);
    expect(warnings.messages().join('\n')).toMatch(/Blockquote.*nothing to quote/);
  });

  it('passes className, style, other attributes and the ref to the figure', () => {
    let node: HTMLElement | null = null;
    render(
      <Blockquote ref={(el) => { node = el; }} className="egen" style={{ maxWidth: 10 }} data-testid="q" lang="en">
        Words
      </Blockquote>,
    );
    const figure = screen.getByTestId('q');
    expect(node).toBe(figure);
    expect(figure.tagName).toBe('FIGURE');
    expect(figure).toHaveClass('gbg-blockquote', 'egen');
    expect(figure).toHaveAttribute('lang', 'en');
  });
});
