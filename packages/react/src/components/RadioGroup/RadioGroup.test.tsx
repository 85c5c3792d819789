import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Radio, RadioGroup } from './RadioGroup.js';
import * as stories from './RadioGroup.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('RadioGroup', () => {
  it('is a radiogroup named by its legend with native radios sharing a name', () => {
    render(<s.Standard />);
    const group = screen.getByRole('radiogroup', { name: 'Vilken typ av tillstånd söker du?' });
    expect(group.tagName).toBe('FIELDSET');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    for (const radio of radios) expect(radio).toHaveAttribute('name', 'tillstand');
    expect(screen.getByRole('radio', { name: 'Boendeparkering' })).toHaveAccessibleDescription(
      'För dig som är folkbokförd i området.',
    );
  });

  it('generates a shared name when none is given', () => {
    render(
      <RadioGroup legend="Val">
        <Radio value="a" label="A" />
        <Radio value="b" label="B" />
      </RadioGroup>,
    );
    const [a, b] = screen.getAllByRole('radio');
    expect(a?.getAttribute('name')).toBeTruthy();
    expect(a?.getAttribute('name')).toBe(b?.getAttribute('name'));
  });

  it('selects with a click and reports the value (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<s.WithDefaultValue onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Boendeparkering' })).toBeChecked();
    await user.click(screen.getByText('Företagsparkering'));
    expect(onChange).toHaveBeenLastCalledWith('foretag');
    expect(screen.getByRole('radio', { name: 'Företagsparkering' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Boendeparkering' })).not.toBeChecked();
  });

  it('moves and selects with arrow keys; Tab enters the group at the checked radio', async () => {
    const user = userEvent.setup();
    render(
      <>
        <s.WithDefaultValue />
        <button type="button">Nästa</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Boendeparkering' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const second = screen.getByRole('radio', { name: 'Parkeringstillstånd för rörelsehindrade' });
    expect(second).toHaveFocus();
    expect(second).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Nästa' })).toHaveFocus();
  });

  it('is controlled with value + onChange', async () => {
    const user = userEvent.setup();
    render(<s.Controlled />);
    expect(screen.getByText('Valt: rorelsehinder')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Boendeparkering' }));
    expect(screen.getByText('Valt: boende')).toBeInTheDocument();
  });

  it('marks required and invalid on the group and describes it with the error', () => {
    render(<s.WithError />);
    const group = screen.getByRole('radiogroup', { name: 'Vilken typ av tillstånd söker du? (obligatoriskt)' });
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('Fel: Välj vilken typ av tillstånd du söker.');
    // …and reaches every radio the same way as in any group.
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toBeInvalid();
      expect(radio.getAttribute('aria-describedby')?.split(' ')).toContain(`${group.id}-error`);
    }
  });

  it('disables every radio', () => {
    render(<s.Disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('warns when a Radio is outside a RadioGroup, or has no label', () => {
    render(<Radio value="x" label="" />);
    const messages = warnings.spy.mock.calls.map((call: unknown[]) => String(call[0]));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Radio: place every Radio inside a RadioGroup/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Radio: add a `label`/));
  });

  it('forwards refs: group to the fieldset, radio to the input', () => {
    const groupRef = createRef<HTMLFieldSetElement>();
    const radioRef = createRef<HTMLInputElement>();
    render(
      <RadioGroup legend="Val" ref={groupRef} className="mine">
        <Radio value="a" label="A" ref={radioRef} className="row" />
      </RadioGroup>,
    );
    expect(groupRef.current).toBe(screen.getByRole('radiogroup'));
    expect(groupRef.current).toHaveClass('mine');
    expect(radioRef.current).toBe(screen.getByRole('radio'));
    expect(radioRef.current?.closest('.row')).not.toBeNull();
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.WithDefaultValue />)).toContain('type="radio"');
  });
});
