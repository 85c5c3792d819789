import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Komponenter/Checkbox',
  component: Checkbox,
  args: {
    label: 'Jag vill få nyhetsbrev från Göteborgs Stad',
    name: 'nyhetsbrev',
  },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const Checked: Story = { args: { defaultChecked: true } };

export const WithDescription: Story = {
  args: { description: 'Högst ett brev i månaden. Du kan avsluta när du vill.' },
};

export const Indeterminate: Story = {
  args: { label: 'Välj alla stadsområden', indeterminate: true },
};

export const Required: Story = {
  args: { label: 'Jag har läst informationen om hur mina personuppgifter behandlas', required: true },
};

export const WithError: Story = {
  args: {
    label: 'Jag har läst informationen om hur mina personuppgifter behandlas',
    required: true,
    error: 'Kryssa i rutan för att bekräfta att du har läst informationen.',
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };

/** "Select all" driving children: the parent is indeterminate when some are checked. */
export const SelectAll: Story = {
  render: () => {
    const days = ['Måndag', 'Tisdag', 'Onsdag'];
    function Demo() {
      const [checked, setChecked] = useState<string[]>(['Måndag']);
      const all = checked.length === days.length;
      const some = checked.length > 0 && !all;
      return (
        <div style={{ display: 'grid', gap: '0.5rem' }}>
          <Checkbox
            label="Alla dagar"
            checked={all}
            indeterminate={some}
            onChange={(e) => setChecked(e.target.checked ? days : [])}
          />
          <div style={{ paddingInlineStart: '2.25rem', display: 'grid', gap: '0.5rem' }}>
            {days.map((day) => (
              <Checkbox
                key={day}
                label={day}
                checked={checked.includes(day)}
                onChange={(e) =>
                  setChecked((prev) => (e.target.checked ? [...prev, day] : prev.filter((d) => d !== day)))
                }
              />
            ))}
          </div>
        </div>
      );
    }
    return <Demo />;
  },
};

/** Dark theme (WithError). */
export const Morkt: Story = { ...WithError, globals: { theme: 'dark' } };

/** Dark theme (SelectAll). */
export const MorktValjAlla: Story = { ...SelectAll, globals: { theme: 'dark' } };

/** Right to left (SelectAll). */
export const HogerTillVanster: Story = { ...SelectAll, globals: { dir: 'rtl' } };
