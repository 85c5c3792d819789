import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Figure } from './Figure.js';
import * as stories from './Figure.stories.js';

const s = composeStories(stories);
const warnings = captureWarnings();
const warned = () => warnings.messages().join('\n');

describe('Figure', () => {
  it('is a figure captioned by its figcaption, holding an image named by its text alternative', () => {
    render(<s.Standard />);
    // Browsers name the figure by its figcaption (HTML-AAM); jsdom does not, so the tie is checked
    // structurally here.
    const figure = screen.getByRole('figure');
    expect(figure.querySelector(':scope > figcaption')).toHaveTextContent('går linje 6 var tionde minut även på kvällen. Illustration: Göteborgs Stad');
    const image = screen.getByRole('img', { name: 'Spårvagn vid en hållplats under kontaktledningen' });
    expect(figure).toContainElement(image);
    expect(figure.querySelector('figcaption')).toHaveTextContent('Illustration: Göteborgs Stad');
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('hides a decorative image from assistive technology with alt="" and no warning', () => {
    const { container } = render(<s.Decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(container.querySelector('figcaption')).toBeNull();
    expect(warnings.spy).not.toHaveBeenCalled();
  });

  it('crops to the chosen shape through a data attribute', () => {
    const { container } = render(<s.Cropped />);
    expect(Array.from(container.querySelectorAll('img'), (img) => img.dataset.aspectRatio)).toEqual(['4/3', '1/1']);
  });

  it('requires alt or decorative in the types, and warns about an empty or poor alt', () => {
    // @ts-expect-error an image needs alt, or decorative written out
    render(<Figure src="a.png" />);
    expect(warned()).toMatch(/Figure.*no text alternative/);
    render(<Figure src="a.png" alt="IMG_2041.jpg" />);
    expect(warned()).toMatch(/Figure.*looks like a file name/);
    render(<Figure src="a.png" alt="Bild på en spårvagn" />);
    expect(warned()).toMatch(/Figure.*starts with "Bild på"/);
    render(<Figure src="a.png" alt="En spårvagn" caption="En spårvagn" />);
    expect(warned()).toMatch(/Figure.*caption repeats/);
    render(<Figure src="a.png" alt="En spårvagn" width={100} />);
    expect(warned()).toMatch(/Figure.*both `width` and `height`/);
  });

  it('rejects alt together with decorative in the types and ignores alt at run time', () => {
    // @ts-expect-error decorative images have no alt text
    const { container } = render(<Figure src="a.png" decorative alt="En spårvagn" />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(warned()).toMatch(/Figure.*`decorative` hides the image/);
  });

  it('passes className, other attributes and the ref to the figure; eager loading for the first image', () => {
    let node: HTMLElement | null = null;
    render(<Figure ref={(el) => { node = el; }} src="a.png" alt="Karta" loading="eager" className="egen" data-testid="f" />);
    const figure = screen.getByTestId('f');
    expect(node).toBe(figure);
    expect(figure).toHaveClass('gbg-figure', 'egen');
    expect(screen.getByRole('img', { name: 'Karta' })).toHaveAttribute('loading', 'eager');
  });
});
