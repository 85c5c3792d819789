import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { ProgressBar } from './ProgressBar.js';
import * as stories from './ProgressBar.stories.js';

const { States, Changing, HiddenLabel } = composeStories(stories);
const warnings = captureWarnings();

describe('ProgressBar', () => {
  it('is a progressbar named by its label, with value, range and the percentage in words', () => {
    render(<ProgressBar label="Laddar upp bilagor" value={60} />);
    const bar = screen.getByRole('progressbar', { name: 'Laddar upp bilagor' });
    expect(bar).toHaveAttribute('aria-valuenow', '60');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '60 %');
    expect(screen.getByText('60 %')).toHaveAttribute('aria-hidden', 'true');
    expect(bar.firstElementChild).toHaveStyle({ inlineSize: '60%' });
  });

  it('reads and shows valueText in the units people count in', () => {
    render(<ProgressBar label="Laddar upp bilagor" value={3} max={5} valueText="3 av 5 filer" />);
    const bar = screen.getByRole('progressbar', { name: 'Laddar upp bilagor' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuemax', '5');
    expect(bar).toHaveAttribute('aria-valuetext', '3 av 5 filer');
    expect(bar.firstElementChild).toHaveStyle({ inlineSize: '60%' });
  });

  it('without a value it is indeterminate: no value, no range, no words', () => {
    const { container } = render(<ProgressBar label="Kontrollerar dina uppgifter" />);
    const bar = screen.getByRole('progressbar', { name: 'Kontrollerar dina uppgifter' });
    for (const attribute of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext']) {
      expect(bar).not.toHaveAttribute(attribute);
    }
    expect(container.firstElementChild).toHaveAttribute('data-indeterminate');
  });

  it('every bar in the states story has a name', () => {
    render(<States />);
    const bars = screen.getAllByRole('progressbar');
    expect(bars).toHaveLength(4);
    for (const bar of bars) expect(bar).toHaveAccessibleName();
  });

  it('uses the English percentage under the English locale', () => {
    render(
      <GbgProvider locale="en">
        <ProgressBar label="Uploading" value={25} />
      </GbgProvider>,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '25%');
  });

  it('a hidden label is still the name', () => {
    render(<HiddenLabel />);
    const bar = screen.getByRole('progressbar', { name: 'Laddar upp bilagor' });
    expect(screen.getByText('Laddar upp bilagor').parentElement).toHaveClass('gbg-visually-hidden');
    expect(bar).toHaveAttribute('aria-valuetext', '40 %');
  });

  it('follows the value as it changes (keyboard on the story button)', async () => {
    const user = userEvent.setup();
    render(<Changing />);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    const bar = screen.getByRole('progressbar', { name: 'Laddar upp bilagor' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '3 av 4 filer');
  });

  it('is not focusable and not a live region', () => {
    const { container } = render(<ProgressBar label="Laddar" value={10} />);
    expect(container.querySelector('[tabindex], [aria-live]')).toBeNull();
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ProgressBar ref={ref} label="Laddar" value={1} className="egen" style={{ marginBlock: '1rem' }} data-testid="p" />);
    expect(ref.current).toBe(screen.getByTestId('p'));
    expect(ref.current).toHaveClass('gbg-progress-bar', 'egen');
    expect(ref.current).toHaveStyle({ marginBlock: '1rem' });
  });
});

describe('ProgressBar bad input', () => {
  it('clamps a value outside 0–max with a warning naming the component', () => {
    render(<ProgressBar label="Laddar" value={140} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ProgressBar: `value` 140 is outside 0–100/);
  });

  it('a negative value becomes 0', () => {
    render(<ProgressBar label="Laddar" value={-5} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  it('a value that is not a number shows an indeterminate bar with a warning', () => {
    render(<ProgressBar label="Laddar" value={Number.NaN} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ProgressBar: `value` must be a number/);
  });

  it('a max of 0 or less falls back to 100 with a warning', () => {
    render(<ProgressBar label="Laddar" value={50} max={0} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '100');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ProgressBar: `max` must be a number above 0/);
  });

  it('an empty label warns and says how to fix it', () => {
    render(<ProgressBar label="" value={5} />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ProgressBar: has no `label`/);
  });

  it('gives no warnings for good input', () => {
    render(<States />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
