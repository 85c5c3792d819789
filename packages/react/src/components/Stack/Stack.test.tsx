import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Stack } from './Stack.js';
import * as stories from './Stack.stories.js';
import { look } from '../../../test/variants.js';

const { Vertical, Horizontal, AsList, Gaps } = composeStories(stories);

const warnings = captureWarnings();

describe('Stack', () => {
  it('renders its children in source order', () => {
    render(<Vertical />);
    const texts = ['Första', 'Andra', 'Tredje'].map((text) => screen.getByText(text));
    expect(texts[0]!.compareDocumentPosition(texts[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(texts[1]!.compareDocumentPosition(texts[2]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('renders the semantic element asked for with `as`', () => {
    render(<AsList />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('gives different classes to different directions and gaps', () => {
    const { container: a } = render(<Vertical />);
    const { container: b } = render(<Horizontal />);
    expect(look(a.firstElementChild as HTMLElement)).not.toBe(look(b.firstElementChild as HTMLElement));
  });

  it('accepts gap as a string key or a number', () => {
    const { container } = render(
      <>
        <Stack gap="8" />
        <Stack gap={8} />
      </>,
    );
    const [first, second] = Array.from(container.children);
    expect(look(first)).toBe(look(second));
  });

  it('warns once and falls back to the default gap for a value off the scale', () => {
    const warn = warnings.spy;
    const { container } = render(
      <>
        <Stack gap={7 as never} />
        <Stack />
      </>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/\[gbg\] Stack: `gap=\{7\}` is not a step of the spacing scale/);
    const [bad, fallback] = Array.from(container.children);
    expect(look(bad)).toBe(look(fallback));
  });

  it('warns about an unknown align or justify value instead of crashing', () => {
    const warn = warnings.spy;
    render(<Stack align={'middle' as never} justify={'around' as never} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Stack: unknown `align="middle"`'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Stack: unknown `justify="around"`'));
  });

  it('forwards the ref and passes className, style and other attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(<Stack ref={ref} className="mine" style={{ maxInlineSize: '10rem' }} data-testid="s" aria-label="Kort" as="section" />);
    const element = screen.getByTestId('s');
    expect(ref.current).toBe(element);
    expect(element).toHaveClass('mine');
    expect(element.className.split(' ').length).toBeGreaterThan(1);
    expect(element.style.maxInlineSize).toBe('10rem');
    expect(screen.getByRole('region', { name: 'Kort' })).toBe(element);
  });

  it('renders to a string (also covered without a DOM in Stack.ssr.test.tsx)', () => {
    const html = renderToString(<Gaps />);
    expect(html).toContain('aria-label="gap 16"');
  });
});
