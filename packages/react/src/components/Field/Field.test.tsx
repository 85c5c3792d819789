import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { captureWarnings } from '../../../test/warnings.js';
import { Field, useField, type FieldNecessity } from './Field.js';
import * as stories from './Field.stories.js';

const { Standard, WithDescription, Required, Optional, WithError, WithCounter, HiddenLabel, CustomControl } =
  composeStories(stories);

const warnings = captureWarnings();

describe('Field', () => {
  it('links the label to the control', () => {
    render(<Standard />);
    expect(screen.getByRole('textbox', { name: 'Kommun' })).toBeInTheDocument();
  });

  it('describes the control with the description', () => {
    render(<WithDescription />);
    expect(screen.getByRole('textbox', { name: 'Kommun' })).toHaveAccessibleDescription(
      'Kommunen där du är folkbokförd.',
    );
  });

  it('has no aria-describedby and no aria-invalid when there is nothing to describe', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks required in words and with aria-required', () => {
    render(<Required />);
    const input = screen.getByRole('textbox', { name: 'Kommun (obligatoriskt)' });
    expect(input).toHaveAttribute('aria-required', 'true');
    // No native `required`: validation messages come from the service, not the browser bubble.
    expect(input).not.toHaveAttribute('required');
  });

  it('marks optional in words', () => {
    render(<Optional />);
    expect(screen.getByRole('textbox', { name: 'Kommun (valfritt)' })).not.toHaveAttribute(
      'aria-required',
    );
  });

  it('uses the English words under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <Required />
        <Optional label="Phone" />
        <WithError />
      </GbgProvider>,
    );
    expect(screen.getAllByRole('textbox', { name: 'Kommun (required)' })).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Phone (optional)' })).toBeInTheDocument();
    expect(screen.getAllByText('Error:')[0]).toBeInTheDocument();
  });

  it('shows the error as icon + text, sets aria-invalid and describes description then error', () => {
    render(<WithError />);
    const input = screen.getByRole('textbox', { name: 'Kommun (obligatoriskt)' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Kommunen där du är folkbokförd. Fel: Skriv namnet på din kommun, till exempel Göteborg.',
    );
    // The icon is the stylesheet's (Field.browser.test checks it in Chromium): nothing in the
    // message but the hidden prefix and the text.
    expect(document.getElementById(`${input.id}-error`)).toHaveTextContent(/^Fel: Skriv namnet/);
  });

  it('describes the control with the counter', () => {
    render(<WithCounter />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('12 tecken kvar');
  });

  it('keeps a hidden label as the accessible name', () => {
    render(<HiddenLabel />);
    expect(screen.getByRole('textbox', { name: 'Kommun' })).toBeInTheDocument();
  });

  it('wires any control through the render prop', () => {
    render(<CustomControl />);
    expect(screen.getByRole('combobox', { name: 'Stadsdel' })).toHaveAccessibleDescription(
      'Välj den stadsdel du bor i.',
    );
  });

  it('gives each field its own id, safe for #id links', () => {
    render(
      <>
        <Standard />
        <Standard label="Ort" />
      </>,
    );
    const [a, b] = screen.getAllByRole('textbox');
    expect(a?.id).toBeTruthy();
    expect(a?.id).not.toBe(b?.id);
    expect(a?.id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
    expect(document.querySelector(`#${a?.id}`)).toBe(a);
  });

  it('uses a given id and appends extra describedby ids', () => {
    render(
      <>
        <p id="extra">Extra hint</p>
        <Field label="Ort" id="ort" aria-describedby="extra">
          {(props) => <input {...props} />}
        </Field>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Ort' });
    expect(input.id).toBe('ort');
    expect(input).toHaveAccessibleDescription('Extra hint');
  });

  it('gives controls the field state through useField()', () => {
    function Probe() {
      const field = useField();
      return <input {...field?.controlProps} data-testid="probe" />;
    }
    render(
      <Field label="Ort" error="Fel ort" disabled>
        <Probe />
      </Field>,
    );
    const input = screen.getByTestId('probe');
    expect(input).toHaveAccessibleName('Ort');
    expect(input).toBeDisabled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('returns null from useField() outside a Field', () => {
    let value: unknown = 'unset';
    function Probe() {
      value = useField();
      return null;
    }
    render(<Probe />);
    expect(value).toBeNull();
  });

  it('warns once, naming the component, when the label is empty', () => {
    render(
      <Field label="" componentName="TextField">
        {(props) => <input {...props} />}
      </Field>,
    );
    expect(warnings.spy).toHaveBeenCalledTimes(1);
    expect(String(warnings.spy.mock.calls[0]?.[0])).toMatch(/^\[gbg\] TextField: add a `label`/);
  });

  it('warns when both required and optional are set (bypassing the types)', () => {
    const both = { required: true, optional: true } as unknown as FieldNecessity;
    render(
      <Field label="Ort" {...both}>
        {(props) => <input {...props} />}
      </Field>,
    );
    expect(String(warnings.spy.mock.calls[0]?.[0])).toMatch(/\[gbg\] Field: `required` and `optional`/);
    // Required wins: the stronger promise is the one shown.
    expect(screen.getByRole('textbox', { name: 'Ort (obligatoriskt)' })).toBeInTheDocument();
  });

  it('forwards the ref to the wrapper and merges className and style', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Field label="Ort" ref={ref} className="mine" style={{ marginBlockEnd: 8 }} data-testid="root">
        {(props) => <input {...props} />}
      </Field>,
    );
    const root = screen.getByTestId('root');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('mine');
    expect(root.className).toMatch(/gbg-field/);
    expect(root).toHaveStyle({ marginBlockEnd: '8px' });
  });

  it('hydrates server HTML with the same ids (useId), without mismatch errors', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(<WithError />);
    document.body.append(container);
    const serverId = container.querySelector('input')?.id;
    const root = await act(async () => hydrateRoot(container, <WithError />));
    expect(container.querySelector('input')?.id).toBe(serverId);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/Fel: Skriv namnet/);
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    error.mockRestore();
  });

  it('renders on the server without touching window', () => {
    const html = renderToString(<WithError />);
    expect(html).toContain('obligatoriskt');
    expect(html).toContain('aria-invalid="true"');
  });
});
