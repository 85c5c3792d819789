import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GbgProvider } from '../../provider/GbgProvider.js';
import { captureWarnings } from '../../../test/warnings.js';
import { Switch } from './Switch.js';
import * as stories from './Switch.stories.js';

const s = composeStories(stories);

const warnings = captureWarnings();

describe('Switch', () => {
  it('is a switch named by its label, off by default, with the state in words', () => {
    render(<s.Off />);
    const sw = screen.getByRole('switch', { name: 'E-postaviseringar' });
    expect(sw).not.toBeChecked();
    expect(sw).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByText('Av')).toBeInTheDocument();
  });

  it('toggles with a click, Space and Enter', async () => {
    const user = userEvent.setup();
    render(<s.Off />);
    const sw = screen.getByRole('switch');
    await user.click(sw);
    expect(sw).toBeChecked();
    expect(screen.getByText('På')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(sw).not.toBeChecked();
    await user.keyboard('{Enter}');
    expect(sw).toBeChecked();
  });

  it('toggles when the label is clicked', async () => {
    const user = userEvent.setup();
    render(<s.Off />);
    await user.click(screen.getByText('E-postaviseringar'));
    expect(screen.getByRole('switch')).toBeChecked();
  });

  it('is controlled with checked + onCheckedChange', async () => {
    const user = userEvent.setup();
    render(<s.Controlled />);
    await user.click(screen.getByRole('switch'));
    expect(screen.getByText('Aviseringar är på.')).toBeInTheDocument();
  });

  it('stays put when controlled and the parent does not update', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(<Switch label="Fast" checked={false} onCheckedChange={onCheckedChange} />);
    await user.click(screen.getByRole('switch'));
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('switch')).not.toBeChecked();
  });

  it('is described by its description', () => {
    render(<s.WithDescription />);
    expect(screen.getByRole('switch')).toHaveAccessibleDescription('Få ett mejl när ditt ärende har fått ett beslut.');
  });

  it('cannot be toggled when disabled', async () => {
    const user = userEvent.setup();
    render(<s.DisabledOn />);
    const sw = screen.getByRole('switch');
    await user.click(sw);
    expect(sw).toBeChecked();
    expect(sw).toBeDisabled();
  });

  it('uses English state words under an English provider', () => {
    render(
      <GbgProvider locale="en">
        <s.On />
      </GbgProvider>,
    );
    expect(screen.getByText('On')).toBeInTheDocument();
  });

  it('submits its value with a name only while on', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <Switch label="Påminnelser" name="paminnelser" value="ja" />
      </form>,
    );
    const form = screen.getByRole('form') as HTMLFormElement;
    expect(new FormData(form).get('paminnelser')).toBeNull();
    await user.click(screen.getByRole('switch'));
    expect(new FormData(form).get('paminnelser')).toBe('ja');
  });

  it('lets onClick cancel the toggle with preventDefault', async () => {
    const user = userEvent.setup();
    render(<Switch label="Låst" onClick={(e) => e.preventDefault()} />);
    await user.click(screen.getByRole('switch'));
    expect(screen.getByRole('switch')).not.toBeChecked();
  });

  it('warns without a label', () => {
    render(<Switch label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Switch: add a `label`/));
  });

  it('forwards the ref to the button and className to the wrapper', () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = render(<Switch label="A" ref={ref} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('switch'));
    expect(container.firstElementChild).toHaveClass('mine');
  });

  it('renders on the server without touching window', () => {
    expect(renderToString(<s.On />)).toContain('aria-checked="true"');
  });
});
