import type { Meta, StoryObj } from '@storybook/react-vite';
import { Logo } from '../Logo/Logo.js';
import { SenderText } from './SenderText.js';

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

/** Wholly owned city company: "En del av Göteborgs Stad". */
export const Company: Story = {};

/** Unit with an approved special profile: "<Unit> är en del av Göteborgs Stad". */
export const Unit: Story = { args: { unit: 'Göteborgs konserthus' } };

/** English: "A municipal company, City of Gothenburg". */
export const CompanyEnglish: Story = { args: { language: 'en' } };

/** English: "<Unit> is part of the City of Gothenburg". */
export const UnitEnglish: Story = { args: { unit: 'Gothenburg Concert Hall', language: 'en' } };

/** With the city's logotype, as a unit with a special profile must show it. */
export const WithLogo: Story = {
  args: { unit: 'Göteborgs konserthus' },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'var(--gbg-space-4)' }}>
      <Logo size="sm" />
      <SenderText {...args} />
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { unit: 'Göteborgs konserthus' } };

/** Right to left, English page. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
