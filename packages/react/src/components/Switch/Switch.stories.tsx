import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Switch } from './Switch.js';

const meta = {
  title: 'Komponenter/Switch',
  component: Switch,
  args: { label: 'E-postaviseringar' },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};

export const On: Story = { args: { defaultChecked: true } };

export const WithDescription: Story = {
  args: { description: 'Få ett mejl när ditt ärende har fått ett beslut.', defaultChecked: true },
};

export const Disabled: Story = { args: { disabled: true } };

export const DisabledOn: Story = { args: { disabled: true, defaultChecked: true } };

export const WithoutStateText: Story = { args: { hideStateText: true, defaultChecked: true } };

export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const sw = within(canvasElement).getByRole('switch', { name: 'E-postaviseringar' });
    await userEvent.tab();
    await expect(sw).toHaveFocus();
    await expect(getComputedStyle(sw).outlineStyle).toBe('solid');
    await userEvent.keyboard(' ');
    await expect(sw).toHaveAttribute('aria-checked', 'true');
  },
};

export const Controlled: Story = {
  render: (args) => {
    function Demo() {
      const [on, setOn] = useState(false);
      return (
        <>
          <Switch {...args} checked={on} onCheckedChange={setOn} />
          <p>Aviseringar är {on ? 'på' : 'av'}.</p>
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

/** Right to left (WithDescription). */
export const HogerTillVanster: Story = { ...WithDescription, globals: { dir: 'rtl' } };
