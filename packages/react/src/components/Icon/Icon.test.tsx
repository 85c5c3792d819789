import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Icon } from './Icon.js';
import * as stories from './Icon.stories.js';

const { Decorative, Meaningful, AsElement, RightToLeft } = composeStories(stories);

const warnings = captureWarnings();

const Glyph = (props: Record<string, unknown>) => <svg data-testid="glyph" width={24} height={24} {...props} />;

describe('Icon', () => {
  it('is hidden from assistive technology by default', () => {
    const { container } = render(<Decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('becomes an image named by `label`', () => {
    render(<Meaningful />);
    expect(screen.getByRole('img', { name: 'Varning' })).toBeInTheDocument();
  });

  it('accepts an element as child', () => {
    render(<AsElement />);
    expect(screen.getByRole('img', { name: 'Vidare' }).querySelector('svg')).not.toBeNull();
  });

  it('hides the inner svg itself, so its own title cannot double the name', () => {
    render(<Icon icon={Glyph} label="Sök" />);
    expect(screen.getByTestId('glyph')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('glyph')).toHaveAttribute('focusable', 'false');
  });

  it('sets the token size and the flip as data attributes (the variants plain HTML sets too)', () => {
    const md = render(<Icon icon={Glyph} />).container.firstElementChild!;
    const xl = render(<Icon icon={Glyph} size="xl" />).container.firstElementChild!;
    expect(md).toHaveClass('gbg-icon');
    expect(md).toHaveAttribute('data-size', 'md');
    expect(md).not.toHaveAttribute('data-flip');
    expect(xl).toHaveAttribute('data-size', 'xl');
    expect(render(<RightToLeft />).getByRole('img')).toHaveAttribute('data-flip', '');
  });

  it('warns about an empty label and about a missing icon', () => {
    const warn = warnings.spy;
    render(<Icon icon={Glyph} label="  " />);
    render(<Icon />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Icon: label is empty/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Icon: no icon given/));
    // An empty label does not produce a nameless image.
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('forwards the ref and merges className and style', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<Icon ref={ref} icon={Glyph} className="mine" style={{ color: 'white' }} />);
    expect(ref.current).toBeInstanceOf(HTMLSpanElement);
    expect(ref.current).toHaveClass('mine');
    expect(ref.current?.className).toMatch(/gbg-icon/);
    expect(ref.current?.style.color).toBe('white');
  });
});
