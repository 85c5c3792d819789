import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { captureWarnings } from '../../../test/warnings.js';
import { TextField } from './TextField.js';
import * as stories from './TextField.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('TextField', () => {
  it('is a textbox named by its label, with autocomplete passed through', () => {
    render(<s.Standard />);
    const input = screen.getByRole('textbox', { name: 'Förnamn' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('autocomplete', 'given-name');
    expect(input).toHaveAttribute('name', 'fornamn');
  });

  it('accepts typing (uncontrolled)', async () => {
    const user = userEvent.setup();
    render(<s.Standard />);
    const input = screen.getByRole('textbox', { name: 'Förnamn' });
    await user.type(input, 'Anna');
    expect(input).toHaveValue('Anna');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <>
          <TextField label="Ort" value={value} onChange={(e) => setValue(e.target.value.toUpperCase())} />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole('textbox', { name: 'Ort' }), 'mölndal');
    expect(screen.getByRole('textbox')).toHaveValue('MÖLNDAL');
    expect(screen.getByRole('status')).toHaveTextContent('MÖLNDAL');
  });

  it('supports the input types', () => {
    render(
      <>
        <s.WithDescription />
        <s.TypeTel />
        <s.WithPrefix />
        <s.TypeNumber />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'E-postadress' })).toHaveAttribute('type', 'email');
    expect(screen.getByRole('textbox', { name: 'Mobilnummer' })).toHaveAttribute('type', 'tel');
    expect(screen.getByRole('textbox', { name: 'Webbplats' })).toHaveAttribute('type', 'url');
    expect(screen.getByRole('spinbutton', { name: 'Antal personer i hushållet' })).toHaveAttribute('min', '1');
  });

  it('shows the error, sets aria-invalid and describes the input with it', () => {
    render(<s.WithError />);
    const input = screen.getByRole('textbox', { name: 'E-postadress (obligatoriskt)' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/Fel: Ange en e-postadress med @/);
  });

  it('describes the input with its prefix and suffix', () => {
    render(
      <>
        <s.WithPrefix />
        <s.WithSuffix />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Webbplats' })).toHaveAccessibleDescription('https://');
    expect(screen.getByRole('textbox', { name: 'Belopp' })).toHaveAccessibleDescription('kr');
  });

  it('is disabled or read-only', async () => {
    const user = userEvent.setup();
    render(
      <>
        <s.Disabled />
        <s.ReadOnly />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Förnamn' })).toBeDisabled();
    const readOnly = screen.getByRole('textbox', { name: 'Ärendenummer' });
    expect(readOnly).toHaveAttribute('readonly');
    await user.type(readOnly, 'x');
    expect(readOnly).toHaveValue('GBG-2026-01234');
  });

  it('toggles password visibility with a pressed button, by keyboard', async () => {
    const user = userEvent.setup();
    render(<s.Password />);
    const input = screen.getByLabelText('Lösenord');
    expect(input).toHaveAttribute('type', 'password');
    const toggle = screen.getByRole('button', { name: 'Visa lösenord' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(input).toHaveAttribute('type', 'password');
  });

  it('can leave out the password toggle', () => {
    render(<TextField label="PIN" type="password" passwordToggle={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the toggle in English under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <s.Password />
      </GbgProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show password' })).toBeInTheDocument();
  });

  it('warns with the component name when the label is missing', () => {
    render(<TextField label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] TextField: add a `label`/));
  });

  it('forwards the ref to the input; className and style go to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <TextField label="Ort" ref={ref} className="mine" style={{ maxInlineSize: 300 }} />,
    );
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Ort' }));
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('mine');
    expect(root).toHaveStyle({ maxInlineSize: '300px' });
    expect(ref.current).not.toHaveClass('mine');
  });

  it('keeps the caller’s own aria-describedby', () => {
    render(
      <>
        <p id="own">Eget stöd</p>
        <TextField label="Ort" description="Beskrivning" aria-describedby="own" />
      </>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Beskrivning Eget stöd');
  });

  it('renders on the server without touching window', () => {
    const html = renderToString(<s.WithError />);
    expect(html).toContain('type="email"');
    expect(html.toLowerCase()).toContain('autocomplete="email"');
  });
});
