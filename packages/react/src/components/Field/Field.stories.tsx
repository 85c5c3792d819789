import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field } from './Field.js';
import * as control from '../../form/control.css.js';
import { type DemoArgs } from '../../storybook/demo.js';

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
  parameters: {
    demoArgs: { en: { label: 'Municipality' }, ar: { label: 'البلدية' } } satisfies DemoArgs<typeof Field>,
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Label only. */
export const Standard: Story = {};

/** Label and help text under it. */
export const WithDescription: Story = {
  args: { description: 'Kommunen där du är folkbokförd.' },
  parameters: {
    demoArgs: {
      en: { description: 'The municipality where you are registered as living.' },
      ar: { description: 'البلدية التي أنت مسجّل فيها كمقيم.' },
    } satisfies DemoArgs<typeof Field>,
  },
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
  parameters: {
    demoArgs: {
      en: {
        description: 'The municipality where you are registered as living.',
        error: 'Enter the name of your municipality, for example Göteborg.',
      },
      ar: {
        description: 'البلدية التي أنت مسجّل فيها كمقيم.',
        error: 'اكتب اسم بلديتك، مثل يوتبوري.',
      },
    } satisfies DemoArgs<typeof Field>,
  },
};

/** A counter under the control, linked with `aria-describedby`. */
export const WithCounter: Story = {
  args: { counter: '12 tecken kvar' },
  parameters: {
    demoArgs: { en: { counter: '12 characters left' }, ar: { counter: 'بقي 12 حرفًا' } } satisfies DemoArgs<typeof Field>,
  },
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
        <select {...props} data-gbg-control="" className={control.control} defaultValue="angered">
          <option value="angered">Angered</option>
          <option value="hisingen">Hisingen</option>
          <option value="majorna">Majorna-Linné</option>
        </select>
      </div>
    ),
  },
  parameters: {
    demoArgs: {
      en: { label: 'District', description: 'Choose the district you live in.' },
      ar: { label: 'الحي', description: 'اختر الحي الذي تسكن فيه.' },
    } satisfies DemoArgs<typeof Field>,
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithError). */
export const HogerTillVanster: Story = { ...WithError, globals: { dir: 'rtl', locale: 'en' } };
