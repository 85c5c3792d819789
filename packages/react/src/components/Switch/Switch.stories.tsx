import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Switch } from './Switch.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/Switch',
  component: Switch,
  args: { label: 'E-postaviseringar' },
  parameters: {
    demoArgs: { en: { label: 'Email notifications' }, ar: { label: 'إشعارات البريد الإلكتروني' } } satisfies DemoArgs<
      typeof Switch
    >,
  },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};

export const On: Story = { args: { defaultChecked: true } };

export const WithDescription: Story = {
  args: { description: 'Få ett mejl när ditt ärende har fått ett beslut.', defaultChecked: true },
  parameters: {
    demoArgs: {
      en: { description: 'Get an email when a decision has been made on your matter.' },
      ar: { description: 'احصل على رسالة بريد إلكتروني عند صدور قرار بشأن طلبك.' },
    } satisfies DemoArgs<typeof Switch>,
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DisabledOn: Story = { args: { disabled: true, defaultChecked: true } };

export const WithoutStateText: Story = { args: { hideStateText: true, defaultChecked: true } };

export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const sw = within(canvasElement).getByRole('switch');
    await userEvent.tab();
    await expect(sw).toHaveFocus();
    await expect(getComputedStyle(sw).outlineStyle).toBe('solid');
    await userEvent.keyboard(' ');
    await expect(sw).toHaveAttribute('aria-checked', 'true');
  },
};

export const Controlled: Story = {
  render: function ControlledSwitch(args) {
    const t = useDemoText();
    const onText = t({ sv: 'Aviseringar är på.', en: 'Notifications are on.', ar: 'الإشعارات مفعّلة.' });
    const offText = t({ sv: 'Aviseringar är av.', en: 'Notifications are off.', ar: 'الإشعارات متوقفة.' });
    function Demo() {
      const [on, setOn] = useState(false);
      return (
        <>
          <Switch {...args} checked={on} onCheckedChange={setOn} />
          <p>{on ? onText : offText}</p>
        </>
      );
    }
    return <Demo />;
  },
};

/** Dark theme (On). */
export const Morkt: Story = { ...On, globals: { theme: 'dark' } };

/** Dark theme (Off). */
export const MorktAv: Story = { ...Off, globals: { theme: 'dark' } };

/** Right to left with Arabic content (WithDescription). */
export const HogerTillVanster: Story = { ...WithDescription, globals: { dir: 'rtl', locale: 'en' } };
