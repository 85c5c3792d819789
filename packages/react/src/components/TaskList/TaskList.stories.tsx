import type { Meta, StoryObj } from '@storybook/react-vite';
import { type DemoArgs } from '../../storybook/demo.js';
import { TaskList } from './TaskList.js';

const meta = {
  title: 'Komponenter/TaskList',
  component: TaskList,
  args: { headingLevel: 2 },
} satisfies Meta<typeof TaskList>;

export default meta;
type Story = StoryObj<typeof meta>;

// A building-permit application in three sections, shared by the stories that show it.
const application = {
  args: {
    sections: [
      {
        heading: 'Om dig',
        tasks: [
          { label: 'Dina kontaktuppgifter', href: '/bygglov/kontaktuppgifter', status: 'completed' },
          { label: 'Fastigheten', href: '/bygglov/fastighet', status: 'completed' },
        ],
      },
      {
        heading: 'Om bygget',
        tasks: [
          { label: 'Beskriv vad du vill bygga', href: '/bygglov/beskrivning', status: 'in-progress' },
          { label: 'Bifoga ritningar', href: '/bygglov/ritningar', status: 'not-started', hint: 'Fasad-, plan- och sektionsritningar som pdf.' },
          { label: 'Kontrollansvarig', href: '/bygglov/kontrollansvarig', status: 'error', hint: 'Certifieringsnumret saknas.' },
        ],
      },
      {
        heading: 'Skicka in',
        tasks: [{ label: 'Granska och skicka', status: 'cannot-start', hint: 'Gör klart alla uppgifter först.' }],
      },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        sections: [
          {
            heading: 'About you',
            tasks: [
              { label: 'Your contact details', href: '/bygglov/kontaktuppgifter', status: 'completed' },
              { label: 'The property', href: '/bygglov/fastighet', status: 'completed' },
            ],
          },
          {
            heading: 'About the building work',
            tasks: [
              { label: 'Describe what you want to build', href: '/bygglov/beskrivning', status: 'in-progress' },
              { label: 'Attach drawings', href: '/bygglov/ritningar', status: 'not-started', hint: 'Facade, floor and section drawings as PDF.' },
              { label: 'Inspection manager', href: '/bygglov/kontrollansvarig', status: 'error', hint: 'The certification number is missing.' },
            ],
          },
          {
            heading: 'Send',
            tasks: [{ label: 'Check and send', status: 'cannot-start', hint: 'Finish all tasks first.' }],
          },
        ],
      },
      ar: {
        sections: [
          {
            heading: 'معلومات عنك',
            tasks: [
              { label: 'بيانات الاتصال بك', href: '/bygglov/kontaktuppgifter', status: 'completed' },
              { label: 'العقار', href: '/bygglov/fastighet', status: 'completed' },
            ],
          },
          {
            heading: 'عن أعمال البناء',
            tasks: [
              { label: 'صف ما تريد بناءه', href: '/bygglov/beskrivning', status: 'in-progress' },
              { label: 'أرفق الرسومات', href: '/bygglov/ritningar', status: 'not-started', hint: 'رسومات الواجهة والمسقط والمقطع بصيغة PDF.' },
              { label: 'مسؤول المراقبة', href: '/bygglov/kontrollansvarig', status: 'error', hint: 'رقم الشهادة مفقود.' },
            ],
          },
          {
            heading: 'الإرسال',
            tasks: [{ label: 'راجع وأرسل', status: 'cannot-start', hint: 'أكمل جميع المهام أولًا.' }],
          },
        ],
      },
    } satisfies DemoArgs<typeof TaskList>,
  },
} satisfies Pick<Story, 'args' | 'parameters'>;

/** An application for a building permit in three sections, with every status. */
export const Standard: Story = { ...application };

/** One list without sections: a shorter application. */
export const WithoutSections: Story = {
  args: {
    tasks: [
      { label: 'Barnets uppgifter', href: '/forskola/barn', status: 'completed' },
      { label: 'Vårdnadshavare', href: '/forskola/vardnadshavare', status: 'in-progress', statusText: '1 av 2 klar' },
      { label: 'Önskade förskolor', href: '/forskola/onskemal', status: 'not-started' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        tasks: [
          { label: "The child's details", href: '/forskola/barn', status: 'completed' },
          { label: 'Guardians', href: '/forskola/vardnadshavare', status: 'in-progress', statusText: '1 of 2 done' },
          { label: 'Preferred preschools', href: '/forskola/onskemal', status: 'not-started' },
        ],
      },
      ar: {
        tasks: [
          { label: 'بيانات الطفل', href: '/forskola/barn', status: 'completed' },
          { label: 'أولياء الأمور', href: '/forskola/vardnadshavare', status: 'in-progress', statusText: '1 من 2 مكتمل' },
          { label: 'الروضات المفضلة', href: '/forskola/onskemal', status: 'not-started' },
        ],
      },
    } satisfies DemoArgs<typeof TaskList>,
  },
};

/** Long names and hints: the status moves under the name on narrow screens; nothing is cut off. */
export const LongContent: Story = {
  args: {
    tasks: [
      {
        label: 'Uppgifter om samtliga sökande, fastighetsägare och eventuella ombud som ska företräda er i ärendet',
        href: '/ansokan/sokande',
        status: 'in-progress',
        hint: 'Om fastigheten ägs av flera personer behöver alla ägare godkänna ansökan med BankID innan den skickas in.',
      },
      { label: 'Miljöochhälsoskyddsförvaltningensremissvar', status: 'cannot-start', statusText: 'Kan inte påbörjas förrän handläggaren har begärt det' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        tasks: [
          {
            label: 'Details of all applicants, property owners and any representatives who will act for you in the case',
            href: '/ansokan/sokande',
            status: 'in-progress',
            hint: 'If several people own the property, every owner has to approve the application with BankID before it is sent.',
          },
          { label: 'Environmentandhealthprotectionadministrationconsultationreply', status: 'cannot-start', statusText: 'Cannot start until the case officer asks for it' },
        ],
      },
      ar: {
        tasks: [
          {
            label: 'بيانات جميع مقدمي الطلب وملاك العقار وأي ممثلين سينوبون عنكم في القضية',
            href: '/ansokan/sokande',
            status: 'in-progress',
            hint: 'إذا كان العقار مملوكًا لعدة أشخاص، يجب على جميع الملاك الموافقة على الطلب باستخدام BankID قبل إرساله.',
          },
          { label: 'رد إدارة حماية البيئة والصحة', status: 'cannot-start', statusText: 'لا يمكن البدء حتى يطلب موظف الحالة ذلك' },
        ],
      },
    } satisfies DemoArgs<typeof TaskList>,
  },
};

/** Keyboard focus on a task: the ring goes around the whole row, the one link in it. */
export const Focused: Story = {
  ...application,
  parameters: { ...application.parameters, visual: { play: true } },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('.gbg-task-list-link')?.focus({ focusVisible: true } as FocusOptions);
  },
};

/** Dark theme. */
export const Dark: Story = { ...application, globals: { theme: 'dark' } };

/** English: the statuses' built-in words are English ("Completed", "Not yet started"…). */
export const English: Story = { ...application, globals: { locale: 'en' } };

/** Right to left with Arabic content: names at the right, statuses at the left. */
export const RightToLeft: Story = { ...application, globals: { dir: 'rtl', locale: 'en' } };
