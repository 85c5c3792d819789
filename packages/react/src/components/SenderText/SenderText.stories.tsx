import type { Meta, StoryObj } from '@storybook/react-vite';
import type { GbgStringOverrides } from '../../i18n/index.js';
import { GbgProvider } from '../../provider/index.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { Logo } from '../Logo/Logo.js';
import { SenderText } from './SenderText.js';

// The city's Arabic pages through the app's string overrides (the library ships Swedish and English).
const arabic: GbgStringOverrides = {
  senderText: {
    company: 'شركة بلدية تابعة لمدينة يوتبوري',
    unit: (unit: string) => `${unit} جزء من مدينة يوتبوري`,
  },
};

const concertHall = {
  en: { unit: 'Gothenburg Concert Hall' },
  ar: { unit: 'قاعة الحفلات الموسيقية في يوتبوري' },
} satisfies DemoArgs<typeof SenderText>;

const meta = {
  title: 'Komponenter/SenderText',
  component: SenderText,
  args: {},
  argTypes: {
    unit: { control: 'text' },
    language: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
    as: { control: 'inline-radio', options: ['p', 'span', 'div'] },
  },
} satisfies Meta<typeof SenderText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Wholly owned city company: "En del av Göteborgs Stad" ("A municipal company, City of Gothenburg" in English). */
export const Company: Story = {};

/** Unit with an approved special profile: "<Unit> är en del av Göteborgs Stad". */
export const Unit: Story = { args: { unit: 'Göteborgs konserthus' }, parameters: { demoArgs: concertHall } };

/** English: "A municipal company, City of Gothenburg". */
export const CompanyEnglish: Story = { args: { language: 'en' } };

/** English: "<Unit> is part of the City of Gothenburg". */
export const UnitEnglish: Story = { args: { unit: 'Gothenburg Concert Hall', language: 'en' } };

/** With the city's logotype, as a unit with a special profile must show it. */
export const WithLogo: Story = {
  args: { unit: 'Göteborgs konserthus' },
  parameters: { demoArgs: concertHall },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'var(--gbg-space-4)' }}>
      <Logo size="sm" />
      <SenderText {...args} />
    </div>
  ),
};

/** A long unit name wraps at 320 px instead of overflowing. */
export const LongUnitName: Story = {
  args: { unit: 'Stadsbyggnadsförvaltningens bygglovsenhet för de centrala, västra och södra stadsdelarna' },
  parameters: {
    demoArgs: {
      en: { unit: 'The Urban Planning Administration’s building permit unit for the central, western and southern districts' },
      ar: { unit: 'وحدة رخص البناء التابعة لإدارة التخطيط العمراني للأحياء الوسطى والغربية والجنوبية' },
    },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}><Story /></div>],
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { unit: 'Göteborgs konserthus' }, parameters: { demoArgs: concertHall } };

/**
 * Right to left, on an Arabic page: the text comes from the app's Arabic string overrides
 * (`GbgProvider strings`), the unit name from the app.
 */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  args: { unit: 'Göteborgs konserthus' },
  parameters: { demoArgs: concertHall },
  render: (args) => (
    <div lang="ar">
      <GbgProvider strings={arabic}>
        <SenderText {...args} />
        <SenderText />
      </GbgProvider>
    </div>
  ),
};
