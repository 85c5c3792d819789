import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { Checkbox } from './Checkbox.js';
import * as stories from './Checkbox.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('Checkbox', () => {
  it('is a native checkbox named by its label', () => {
    render(<s.Standard />);
    const box = screen.getByRole('checkbox', { name: 'Jag vill få nyhetsbrev från Göteborgs Stad' });
    expect(box).toHaveAttribute('type', 'checkbox');
    expect(box).not.toBeChecked();
  });

  it('toggles with Space and with a click on the label', async () => {
    const user = userEvent.setup();
    render(<s.Standard />);
    const box = screen.getByRole('checkbox');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.click(screen.getByText('Jag vill få nyhetsbrev från Göteborgs Stad'));
    expect(box).not.toBeChecked();
  });

  it('starts checked with defaultChecked', () => {
    render(<s.Checked />);
    expect(screen.getByRole('checkbox')).toBeChecked();
  });

  it('is described by its description', () => {
    render(<s.WithDescription />);
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(
      'Högst ett brev i månaden. Du kan avsluta när du vill.',
    );
  });

  it('shows the indeterminate state', () => {
    render(<s.Indeterminate />);
    expect(screen.getByRole('checkbox', { name: 'Välj alla stadsområden' })).toBePartiallyChecked();
  });

  it('drives a select-all box (controlled + indeterminate)', async () => {
    const user = userEvent.setup();
    render(<s.SelectAll />);
    const all = screen.getByRole('checkbox', { name: 'Alla dagar' });
    expect(all).toBePartiallyChecked();
    await user.click(all);
    expect(all).toBeChecked();
    expect(all).not.toBePartiallyChecked();
    for (const day of ['Måndag', 'Tisdag', 'Onsdag']) {
      expect(screen.getByRole('checkbox', { name: day })).toBeChecked();
    }
    await user.click(screen.getByRole('checkbox', { name: 'Tisdag' }));
    expect(all).toBePartiallyChecked();
  });

  it('marks required in words and shows an error with aria-invalid', () => {
    render(<s.WithError />);
    const box = screen.getByRole('checkbox', {
      name: 'Jag har läst informationen om hur mina personuppgifter behandlas (obligatoriskt)',
    });
    expect(box).toBeInvalid();
    expect(box).toHaveAttribute('aria-required', 'true');
    expect(box).toHaveAccessibleDescription(/^Fel: Kryssa i rutan/);
  });

  it('cannot be toggled when disabled', async () => {
    const user = userEvent.setup();
    render(<s.DisabledChecked />);
    const box = screen.getByRole('checkbox');
    expect(box).toBeDisabled();
    await user.click(box);
    expect(box).toBeChecked();
  });

  it('warns without a label', () => {
    render(<Checkbox label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Checkbox: add a `label`/));
  });

  it('forwards the ref (object and callback) and passes className to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const callback = vi.fn();
    const { container } = render(
      <>
        <Checkbox label="A" ref={ref} className="mine" />
        <Checkbox label="B" ref={callback} />
      </>,
    );
    expect(ref.current).toBe(screen.getByRole('checkbox', { name: 'A' }));
    expect(callback).toHaveBeenCalledWith(screen.getByRole('checkbox', { name: 'B' }));
    expect(container.firstElementChild).toHaveClass('mine');
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.WithError />)).toContain('type="checkbox"');
  });
});
