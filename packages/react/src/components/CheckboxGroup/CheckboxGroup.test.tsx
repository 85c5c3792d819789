import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import * as stories from './CheckboxGroup.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('CheckboxGroup', () => {
  it('is a group named by the legend, described by the description', () => {
    render(<s.Standard />);
    const group = screen.getByRole('group', { name: 'Hur vill du bli kontaktad?' });
    expect(group).toHaveAccessibleDescription('Välj alla som passar.');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAttribute('name', 'kontaktsatt');
  });

  it('is uncontrolled with defaultValue and reports changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<s.WithDefaultValue onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'E-post' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    expect(onChange).toHaveBeenLastCalledWith(['epost', 'sms']);
    await user.click(screen.getByRole('checkbox', { name: 'E-post' }));
    expect(onChange).toHaveBeenLastCalledWith(['sms']);
    expect(screen.getByRole('checkbox', { name: 'E-post' })).not.toBeChecked();
  });

  it('is controlled with value + onChange', async () => {
    const user = userEvent.setup();
    render(<s.Controlled />);
    expect(screen.getByText('Valt: sms')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Brev' }));
    expect(screen.getByText('Valt: sms, brev')).toBeInTheDocument();
  });

  it('ignores clicks when a controlled value does not change', async () => {
    const user = userEvent.setup();
    render(
      <CheckboxGroup legend="Fast" value={['a']}>
        <Checkbox value="a" label="A" />
      </CheckboxGroup>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    expect(screen.getByRole('checkbox', { name: 'A' })).toBeChecked();
  });

  it('moves between boxes with Tab and toggles with Space', async () => {
    const user = userEvent.setup();
    render(<s.Standard />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'SMS' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'E-post' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'E-post' })).toBeChecked();
  });

  it('wires the group error and marks every box invalid', () => {
    render(<s.WithError />);
    const group = screen.getByRole('group', { name: 'Hur vill du bli kontaktad? (obligatoriskt)' });
    expect(group).toHaveAccessibleDescription(
      'Välj alla som passar. Fel: Välj minst ett sätt vi kan kontakta dig på.',
    );
    for (const box of screen.getAllByRole('checkbox')) {
      expect(box).toBeInvalid();
      // The group's error id reaches every box (it was never passed before).
      expect(box).toHaveAccessibleDescription(expect.stringContaining('Fel: Välj minst ett sätt vi kan kontakta dig på.'));
    }
  });

  it('disables every box', () => {
    render(<s.Disabled />);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('warns when a checkbox in the group has no value', () => {
    render(
      <CheckboxGroup legend="Val">
        <Checkbox label="Utan värde" />
      </CheckboxGroup>,
    );
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Checkbox: inside a CheckboxGroup/));
  });

  it('warns with its own name when the legend is missing', () => {
    render(<CheckboxGroup legend="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] CheckboxGroup: add a `legend`/));
  });

  it('forwards the ref to the fieldset and passes className', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<CheckboxGroup legend="Val" ref={ref} className="mine" />);
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(ref.current).toHaveClass('mine');
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.WithDefaultValue />)).toContain('checked=""');
  });
});
