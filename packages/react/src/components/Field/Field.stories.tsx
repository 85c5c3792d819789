import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field } from './Field.js';
import * as control from '../../form/control.css.js';

const meta = {
  title: 'Komponenter/Field',
  component: Field,
  args: {
    label: 'Kommun',
    children: (props) => (
      <div className={control.controlBox} data-invalid={props['aria-invalid']}>
        <input {...props} data-gbg-control="" className={control.control} name="kommun" />
      </div>
    ),
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Label only. */
export const Standard: Story = {};

/** Label and help text under it. */
export const WithDescription: Story = {
  args: { description: 'Kommunen där du är folkbokförd.' },
};

/** Required, marked in words after the label. */
export const Required: Story = {
  args: { required: true },
};

/** Optional, marked in words after the label (use when most fields are required). */
export const Optional: Story = {
  args: { optional: true },
};

/** Error: icon + text, `aria-invalid` on the control, thicker border. */
export const WithError: Story = {
  args: {
    description: 'Kommunen där du är folkbokförd.',
    error: 'Skriv namnet på din kommun, till exempel Göteborg.',
    required: true,
  },
};

/** A counter under the control, linked with `aria-describedby`. */
export const WithCounter: Story = {
  args: { counter: '12 tecken kvar' },
};

/** Visually hidden label: still read by screen readers. */
export const HiddenLabel: Story = {
  args: { hideLabel: true },
};

/** Any element can be the control: here a native `<select>` through the render prop. */
export const CustomControl: Story = {
  args: {
    label: 'Stadsdel',
    description: 'Välj den stadsdel du bor i.',
    children: (props) => (
      <div className={control.controlBox}>
        <select {...props} data-gbg-control="" className={control.control} defaultValue="centrum">
          <option value="centrum">Centrum</option>
          <option value="hisingen">Hisingen</option>
          <option value="majorna">Majorna-Linné</option>
        </select>
      </div>
    ),
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl' } };
