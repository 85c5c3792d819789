import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { TimeInput, timeInputValueFromText } from './TimeInput.js';
import * as stories from './TimeInput.stories.js';

const s = composeStories(stories, preview);
const warnings = captureWarnings();

const hours = () => screen.getByRole('textbox', { name: 'Timmar' });
const minutes = () => screen.getByRole('textbox', { name: 'Minuter' });

describe('TimeInput', () => {
  it('is one group named by the legend, with timmar then minuter, numeric keypad', () => {
    render(<s.Standard />);
    const group = screen.getByRole('group', { name: 'Vilken tid vill du komma?' });
    expect(group).toHaveAccessibleDescription('24-timmarsklocka, till exempel 14 30');
    expect(screen.getAllByRole('textbox')).toEqual([hours(), minutes()]);
    expect(hours()).toHaveAttribute('id', `${group.id}-hours`);
    expect(minutes()).toHaveAttribute('id', `${group.id}-minutes`);
    expect(hours()).toHaveAttribute('inputmode', 'numeric');
  });

  it('reports parts and HH:MM while typing, and submits the whole time', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TimeInput label="Tid" name="tid" onChange={onChange} />);
    await user.tab();
    await user.keyboard('8');
    await user.tab();
    expect(minutes()).toHaveFocus();
    await user.keyboard('05');
    expect(onChange).toHaveBeenLastCalledWith({ hours: '8', minutes: '05' }, '08:05');
    expect(document.querySelector('input[type="hidden"][name="tid"]')).toHaveValue('08:05');
  });

  it('fills both parts when a whole time is pasted into the hours', async () => {
    const user = userEvent.setup();
    render(<TimeInput label="Tid" />);
    await user.click(hours());
    await user.paste('14:30');
    expect(hours()).toHaveValue('14');
    expect(minutes()).toHaveValue('30');
  });

  it('marks only the wrong part when focus leaves the group', async () => {
    const user = userEvent.setup();
    render(<TimeInput label="Tid" />);
    await user.type(hours(), '9');
    await user.tab();
    await user.type(minutes(), '75');
    expect(minutes()).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(minutes()).toHaveAttribute('aria-invalid', 'true');
    expect(minutes()).toHaveAccessibleDescription('Fel: Minuterna måste vara ett tal från 0 till 59.');
    expect(hours()).not.toHaveAttribute('aria-invalid');
    await user.clear(minutes());
    await user.type(minutes(), '15');
    expect(minutes()).not.toHaveAttribute('aria-invalid');
  });

  it('shows an outside error on every part unless told which', () => {
    render(<s.ServerError />);
    expect(hours()).toHaveAttribute('aria-invalid', 'true');
    expect(minutes()).toHaveAttribute('aria-invalid', 'true');
    expect(minutes()).toHaveAccessibleDescription('Fel: Välj en tid mellan 08:00 och 16:00, då vi har öppet.');
    expect(screen.getByRole('group')).toHaveAccessibleDescription('24-timmarsklocka, till exempel 14 30');
  });

  it('hides the colon from screen readers', () => {
    render(<TimeInput label="Tid" />);
    expect(screen.getByText(':')).toHaveAttribute('aria-hidden', 'true');
  });

  it('speaks English with the English locale', () => {
    render(
      <GbgProvider locale="en">
        <TimeInput label="Time" />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Hours' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Minutes' })).toBeInTheDocument();
  });

  it('forwards the ref, renders on the server, reads "08:30" into parts', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<TimeInput ref={ref} label="Tid" className="mine" />);
    expect(ref.current).toHaveClass('mine');
    expect(timeInputValueFromText('8.30')).toEqual({ hours: '08', minutes: '30' });
    expect(timeInputValueFromText('25:00')).toEqual({ hours: '', minutes: '' });
    expect(renderToString(<TimeInput label="Tid" id="t" />)).toContain('id="t-minutes"');
  });

  it('warns (naming the fix) about a value that is not parts, and does not crash', () => {
    render(<TimeInput label="Tid" value={'08:30' as never} />);
    expect(warnings.messages().join('\n')).toMatch(/TimeInput: `value` must be an object.*timeInputValueFromText/);
    expect(hours()).toHaveValue('');
  });

  it('warns about an unknown part name in invalidParts', () => {
    render(<TimeInput label="Tid" error="Fel tid." invalidParts={['timmar' as never]} />);
    expect(warnings.messages().join('\n')).toMatch(/TimeInput: `invalidParts` takes 'hours' and 'minutes'/);
  });
});
