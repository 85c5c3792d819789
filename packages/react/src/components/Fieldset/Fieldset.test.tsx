import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { captureWarnings } from '../../../test/warnings.js';
import { Fieldset, useFieldset } from './Fieldset.js';
import * as stories from './Fieldset.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('Fieldset', () => {
  it('is a group named by its legend', () => {
    render(<s.Standard />);
    const group = screen.getByRole('group', { name: 'Adress' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toBeInTheDocument();
  });

  it('describes the group with description and error', () => {
    render(<s.WithError />);
    expect(screen.getByRole('group', { name: 'Adress' })).toHaveAccessibleDescription(
      'Adressen där du är folkbokförd. Fel: Fyll i hela adressen: gatuadress, postnummer och ort.',
    );
  });

  it('marks required and optional in words (sv and en)', () => {
    render(
      <>
        <s.Required />
        <GbgProvider locale="en">
          <s.Optional />
        </GbgProvider>
      </>,
    );
    expect(screen.getByRole('group', { name: 'Adress (obligatoriskt)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Annan postadress (optional)' })).toBeInTheDocument();
  });

  it('disables every control inside when disabled', () => {
    render(<s.Disabled />);
    for (const input of screen.getAllByRole('textbox')) expect(input).toBeDisabled();
  });

  it('uses the legend size variants', () => {
    render(<s.SizeLarge />);
    expect(screen.getByText('Var bor du?')).toHaveAttribute('data-size', 'lg');
  });

  it('shares its error state through useFieldset()', () => {
    let seen: ReturnType<typeof useFieldset> = null;
    function Probe() {
      seen = useFieldset();
      return null;
    }
    render(
      <Fieldset legend="Adress" error="Fel" id="adress">
        <Probe />
      </Fieldset>,
    );
    expect(seen).toEqual({ invalid: true, errorId: 'adress-error', disabled: false });
  });

  it('passes its error to every control inside: aria-invalid and the error id (issue 13)', () => {
    render(<s.WithError />);
    const group = screen.getByRole('group', { name: 'Adress' });
    // A plain group cannot carry aria-invalid; its controls do.
    expect(group).not.toHaveAttribute('aria-invalid');
    const inputs = screen.getAllByRole('textbox');
    expect(inputs.length).toBeGreaterThan(1);
    for (const input of inputs) {
      expect(input).toBeInvalid();
      expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(`${group.id}-error`);
    }
  });

  it('warns when the legend is missing', () => {
    render(<Fieldset legend="">x</Fieldset>);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Fieldset: add a `legend`/));
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<Fieldset legend="Adress" ref={ref} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('group'));
    expect(ref.current).toHaveClass('mine');
    expect(ref.current?.className).toMatch(/gbg-fieldset/);
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.WithError />)).toContain('<legend');
  });
});
