import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Select } from './Select.js';
import * as stories from './Select.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('Select', () => {
  it('is a native combobox named by its label, with a placeholder choice', () => {
    render(<s.Standard />);
    const select = screen.getByRole('combobox', { name: 'Stadsområde' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Välj stadsområde' })).toHaveValue('');
    expect(screen.getAllByRole('option')).toHaveLength(8);
  });

  it('selects with the keyboard and calls onChange', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<s.Standard onChange={onChange} />);
    const select = screen.getByRole('combobox');
    await user.tab();
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'hisingen');
    expect(select).toHaveValue('hisingen');
    expect(onChange).toHaveBeenCalled();
  });

  it('describes the select with description and error', () => {
    render(<s.WithError description="Området där du bor." />);
    const select = screen.getByRole('combobox', { name: 'Stadsområde (obligatoriskt)' });
    expect(select).toBeInvalid();
    expect(select).toHaveAccessibleDescription('Området där du bor. Fel: Välj det stadsområde där du bor.');
  });

  it('accepts option groups as children', () => {
    render(<s.WithOptionGroups />);
    expect(screen.getByRole('group', { name: 'Parkering' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ärendetyp' })).toHaveValue('boende');
  });

  it('is disabled', () => {
    render(<s.Disabled />);
    expect(screen.getByRole('combobox')).toBeDisabled();
  });

  it('blocks changes when read-only but keeps the value in the form', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <s.ReadOnly />
      </form>,
    );
    const select = screen.getByRole('combobox');
    expect(select).not.toBeDisabled();
    expect(select).toHaveAttribute('aria-readonly', 'true');
    select.focus();
    await user.keyboard('{ArrowDown}');
    expect(select).toHaveValue('hisingen');
    const data = new FormData(screen.getByRole('form'));
    expect(data.get('stadsomrade')).toBe('hisingen');
  });

  it('warns when there are no choices, or both kinds', () => {
    render(
      <>
        <Select label="Tom" />
        <Select label="Båda" options={[{ value: 'a', label: 'A' }]}>
          <option value="b">B</option>
        </Select>
      </>,
    );
    const messages = warnings.spy.mock.calls.map((call: unknown[]) => String(call[0]));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Select: has no choices/));
    expect(messages).toContainEqual(expect.stringMatching(/^\[gbg\] Select: pass the choices either/));
    expect(screen.getByRole('combobox', { name: 'Båda' })).toHaveValue('a');
  });

  it('warns about an empty options list and still renders a usable, empty choice (issue 13)', () => {
    render(<Select label="Stadsdel" options={[]} />);
    expect(warnings.messages()).toContainEqual(
      expect.stringMatching(/^\[gbg\] Select: `options` is empty, so there is nothing to choose; pass at least one/),
    );
    const select = screen.getByRole('combobox', { name: 'Stadsdel' });
    expect(select.querySelectorAll('option')).toHaveLength(1);
    expect(select).toHaveValue('');
  });

  it('warns without a label', () => {
    render(<Select label="" options={[]} />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Select: add a `label`/));
  });

  it('forwards the ref and passes className to the wrapper', () => {
    const ref = createRef<HTMLSelectElement>();
    // Render the component itself: a composed story drops `ref` on React 18 (no ref-as-prop).
    const { container } = render(
      <Select ref={ref} className="mine" label="Zon" options={[{ value: 'a', label: 'Zon A' }]} />,
    );
    expect(ref.current).toBe(screen.getByRole('combobox'));
    expect(container.firstElementChild).toHaveClass('mine');
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.WithError />)).toContain('aria-invalid="true"');
  });
});
