import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkbox } from './Checkbox.js';
import { useDemoText, type DemoArgs } from '../../storybook/demo.js';

const meta = {
  title: 'Komponenter/Checkbox',
  component: Checkbox,
  args: {
    label: 'Jag vill få nyhetsbrev från Göteborgs Stad',
    name: 'nyhetsbrev',
  },
  parameters: {
    demoArgs: {
      en: { label: 'I want to receive newsletters from the City of Gothenburg' },
      ar: { label: 'أرغب في تلقي النشرة الإخبارية من مدينة يوتبوري' },
    } satisfies DemoArgs<typeof Checkbox>,
  },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const Checked: Story = { args: { defaultChecked: true } };

export const WithDescription: Story = {
  args: { description: 'Högst ett brev i månaden. Du kan avsluta när du vill.' },
  parameters: {
    demoArgs: {
      en: { description: 'At most one letter a month. You can unsubscribe at any time.' },
      ar: { description: 'رسالة واحدة في الشهر على الأكثر. يمكنك إلغاء الاشتراك متى شئت.' },
    } satisfies DemoArgs<typeof Checkbox>,
  },
};

export const Indeterminate: Story = {
  args: { label: 'Välj alla stadsområden', indeterminate: true },
  parameters: {
    demoArgs: {
      en: { label: 'Select all districts' },
      ar: { label: 'اختر جميع المناطق' },
    } satisfies DemoArgs<typeof Checkbox>,
  },
};

export const Required: Story = {
  args: { label: 'Jag har läst informationen om hur mina personuppgifter behandlas', required: true },
  parameters: {
    demoArgs: {
      en: { label: 'I have read the information about how my personal data is processed' },
      ar: { label: 'قرأت المعلومات حول كيفية معالجة بياناتي الشخصية' },
    } satisfies DemoArgs<typeof Checkbox>,
  },
};

export const WithError: Story = {
  args: {
    label: 'Jag har läst informationen om hur mina personuppgifter behandlas',
    required: true,
    error: 'Kryssa i rutan för att bekräfta att du har läst informationen.',
  },
  parameters: {
    demoArgs: {
      en: {
        label: 'I have read the information about how my personal data is processed',
        error: 'Tick the box to confirm that you have read the information.',
      },
      ar: {
        label: 'قرأت المعلومات حول كيفية معالجة بياناتي الشخصية',
        error: 'ضع علامة في المربع لتأكيد أنك قرأت المعلومات.',
      },
    } satisfies DemoArgs<typeof Checkbox>,
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };

/** "Select all" driving children: the parent is indeterminate when some are checked. */
export const SelectAll: Story = {
  render: function SelectAllDays() {
    const t = useDemoText();
    const days = [
      t({ sv: 'Måndag', en: 'Monday', ar: 'الاثنين' }),
      t({ sv: 'Tisdag', en: 'Tuesday', ar: 'الثلاثاء' }),
      t({ sv: 'Onsdag', en: 'Wednesday', ar: 'الأربعاء' }),
    ];
    const allDays = t({ sv: 'Alla dagar', en: 'All days', ar: 'كل الأيام' });
    function Demo() {
      const [checked, setChecked] = useState<string[]>([days[0]!]);
      const all = checked.length === days.length;
      const some = checked.length > 0 && !all;
      return (
        <div style={{ display: 'grid', gap: '0.5rem' }}>
          <Checkbox
            label={allDays}
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

/** Right to left with Arabic content (SelectAll). */
export const HogerTillVanster: Story = { ...SelectAll, globals: { dir: 'rtl', locale: 'en' } };
