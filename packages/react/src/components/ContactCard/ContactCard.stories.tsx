import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { ContactCard } from './ContactCard.js';

const meta = {
  title: 'Komponenter/ContactCard',
  component: ContactCard,
  args: {
    name: 'Kundcenter bygglov',
    affiliation: 'Stadsbyggnadsförvaltningen',
    headingLevel: 2,
    phone: '031-365 00 00',
    email: 'stadsbyggnad@goteborg.se',
    visitingAddress: ['Gustaf Adolfs torg 4A', '411 10 Göteborg'],
    postalAddress: ['Box 2554', '403 17 Göteborg'],
    openingHours: [
      { days: ['monday', 'thursday'], opens: '08:00', closes: '16:00' },
      { days: 'friday', opens: '08:00', closes: '15:00' },
    ],
  },
  parameters: {
    demoArgs: {
      en: { name: 'Building permit customer centre', affiliation: 'City Planning Authority' },
      ar: { name: 'مركز خدمة رخص البناء', affiliation: 'إدارة التخطيط العمراني' },
    } satisfies DemoArgs<typeof ContactCard>,
  },
} satisfies Meta<typeof ContactCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A unit: phone, e-mail, visiting and postal address and opening hours. */
export const Standard: Story = {};

/** A person: name, role, direct phone and e-mail; the number is written as digits only. */
export const Person: Story = {
  args: {
    name: 'Anna Svensson',
    affiliation: 'Handläggare, bygglov',
    phone: '0313650123',
    email: 'anna.svensson@goteborg.se',
    visitingAddress: undefined,
    postalAddress: undefined,
    openingHours: undefined,
  },
  parameters: {
    demoArgs: {
      en: { name: 'Anna Svensson', affiliation: 'Case officer, building permits' },
      ar: { name: 'آنا سفينسون', affiliation: 'موظفة معالجة، رخص البناء' },
    } satisfies DemoArgs<typeof ContactCard>,
  },
};

/** The least: a name and a phone number. */
export const Minimal: Story = {
  args: {
    name: 'Kontaktcenter',
    affiliation: undefined,
    phone: '+46313650000',
    email: undefined,
    visitingAddress: undefined,
    postalAddress: undefined,
    openingHours: undefined,
  },
  parameters: {
    demoArgs: {
      en: { name: 'Contact centre' },
      ar: { name: 'مركز الاتصال' },
    } satisfies DemoArgs<typeof ContactCard>,
  },
};

/** Long names and a long e-mail address: everything wraps at 320 px, the number stays whole. */
export const LongText: Story = {
  args: {
    name: 'Förvaltningen för konsument- och medborgarservice, enheten för vägledning och samhällsinformation',
    affiliation: 'Samordnare för medborgarkontoren i Angered, Bergsjön, Biskopsgården och Frölunda',
    email: 'konsument.och.medborgarservice.vagledning@goteborg.se',
    openingHours: [
      { days: ['monday', 'friday'], opens: '08:00', closes: '16:30' },
      { days: 'saturday', opens: '10:00', closes: '14:00' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        name: 'Consumer and Citizen Services Administration, the unit for guidance and public information',
        affiliation: 'Coordinator of the citizen offices in Angered, Bergsjon, Biskopsgarden and Frolunda',
      },
      ar: {
        name: 'إدارة خدمات المستهلكين والمواطنين، وحدة الإرشاد والمعلومات العامة',
        affiliation: 'منسقة مكاتب المواطنين في أنجيريد وبيرغشون وبيسكوبسغوردن وفرولوندا',
      },
    } satisfies DemoArgs<typeof ContactCard>,
  },
};

/** Dark theme: text and icons white, links underlined. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** English: labels, day names and times from the English dictionary and `Intl`. */
export const English: Story = { globals: { locale: 'en' } };

/** Right to left with Arabic content: icons move to the right; numbers and times stay left to right. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'en' } };
