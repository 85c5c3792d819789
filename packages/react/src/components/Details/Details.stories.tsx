import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { demoLanguage, pickDemoText, useDemoText, type DemoArgs, type DemoTexts } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { Details } from './Details.js';

const column = { display: 'grid', gap: 'var(--gbg-space-4)', maxInlineSize: '40rem' } as const;

const feeSummary: DemoTexts = {
  sv: 'Så räknar vi ut avgiften',
  en: 'How we work out the fee',
  ar: 'كيف نحسب الرسوم',
};
const feeText: DemoTexts = {
  sv: 'Avgiften är 3 procent av hushållets inkomst före skatt, högst 1 688 kronor i månaden för det yngsta barnet. Du betalar för tolv månader om året.',
  en: 'The fee is 3 per cent of the household’s income before tax, at most SEK 1,688 a month for the youngest child. You pay for twelve months a year.',
  ar: 'الرسوم هي 3 بالمئة من دخل الأسرة قبل الضريبة، بحد أقصى 1688 كرونة شهريًا لأصغر طفل. تدفع اثني عشر شهرًا في السنة.',
};

const meta = {
  title: 'Komponenter/Details',
  component: Details,
  args: { summary: feeSummary.sv, children: <p>{feeText.sv}</p> },
  parameters: {
    demoArgs: {
      en: { summary: feeSummary.en, children: <p>{feeText.en}</p> },
      ar: { summary: feeSummary.ar, children: <p>{feeText.ar}</p> },
    } satisfies DemoArgs<typeof Details>,
  },
  decorators: [
    (Story) => (
      <div style={column}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed and open side by side: the chevron points down when closed, up when open. */
export const States: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <>
        <Details {...args} />
        <Details {...args} defaultOpen summary={t({ sv: 'Vem betalar avgiften?', en: 'Who pays the fee?', ar: 'من يدفع الرسوم؟' })}>
          <p>
            {t({
              sv: 'Avgiften betalas av de vuxna som barnet bor med, även om bara en av dem är vårdnadshavare.',
              en: 'The fee is paid by the adults the child lives with, even if only one of them is a guardian.',
              ar: 'يدفع الرسوم البالغون الذين يعيش معهم الطفل، حتى لو كان أحدهم فقط وليّ الأمر.',
            })}
          </p>
        </Details>
      </>
    );
  },
};

/** Closed (the default): only the summary shows; Enter, Space or a click opens it. */
export const Closed: Story = {
  play: async ({ canvasElement, globals }) => {
    const details = canvasElement.querySelector('details')!;
    const summary = within(canvasElement).getByText(pickDemoText(feeSummary, demoLanguage(globals)));
    await expect(details.open).toBe(false);
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
    await userEvent.click(summary);
    await expect(details.open).toBe(false);
  },
};

/** Open from the start (`defaultOpen`): the chevron points up. */
export const Open: Story = { args: { defaultOpen: true } };

/** The summary with keyboard focus: the focus ring goes round the whole line. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const summary = canvasElement.querySelector('summary')!;
    await expect(summary).toHaveFocus();
    const style = getComputedStyle(summary);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** As part of the page outline (`headingLevel`): the summary text is an h3. */
export const AsHeading: Story = {
  args: { headingLevel: 3, defaultOpen: true },
};

/** Long summary and content wrap at 320 px; the chevron stays on the first line. */
export const LongContent: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <Details
        {...args}
        defaultOpen
        summary={t({
          sv: 'Vad händer med avgiften om vi har växelvis boende, om ett av barnen går i fritidshem och om någon av oss blir arbetslös under året?',
          en: 'What happens to the fee if we share custody, if one of the children goes to after-school care and if one of us becomes unemployed during the year?',
          ar: 'ماذا يحدث للرسوم إذا كانت الحضانة مشتركة، وإذا التحق أحد الأطفال بالرعاية بعد المدرسة، وإذا أصبح أحدنا عاطلًا عن العمل خلال السنة؟',
        })}
      >
        <p>
          {t({
            sv: 'Vid växelvis boende betalar båda hushållen var sin avgift, räknad på varje hushålls inkomst. Fritidshem räknas som ett eget barn i syskonordningen. Ändrad inkomst ska anmälas i e-tjänsten inom en månad; avgiften ändras från och med månaden efter.',
            en: 'With shared custody each household pays its own fee, based on its own income. After-school care counts as its own child in the sibling order. Report a change of income in the e-service within a month; the fee changes from the following month.',
            ar: 'في الحضانة المشتركة تدفع كل أسرة رسومها الخاصة بناءً على دخلها. تُحسب الرعاية بعد المدرسة كطفل مستقل في ترتيب الإخوة. أبلغ عن تغيّر الدخل في الخدمة الإلكترونية خلال شهر؛ وتتغير الرسوم اعتبارًا من الشهر التالي.',
          })}
        </p>
        <p>
          {t({
            sv: 'Läs hela reglerna på https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler-for-forskola-och-fritidshem.',
            en: 'Read all the rules at https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler-for-forskola-och-fritidshem.',
            ar: 'اقرأ جميع القواعد على https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler-for-forskola-och-fritidshem.',
          })}
        </p>
      </Details>
    );
  },
};

/** A form inside: fields and buttons in the content are reachable once the section is open. */
export const WithForm: Story = {
  render: (args) => {
    const t = useDemoText();
    return (
      <Details {...args} defaultOpen summary={t({ sv: 'Ändra din e-postadress', en: 'Change your email address', ar: 'غيّر بريدك الإلكتروني' })}>
        <form style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }} onSubmit={(event) => event.preventDefault()}>
          <TextField
            label={t({ sv: 'Ny e-postadress', en: 'New email address', ar: 'البريد الإلكتروني الجديد' })}
            type="email"
            autoComplete="email"
          />
          <Button type="submit" variant="secondary">
            {t({ sv: 'Spara', en: 'Save', ar: 'حفظ' })}
          </Button>
        </form>
      </Details>
    );
  },
};

/** Controlled: the app owns `open` and hears every change through `onOpenChange`. */
export const Controlled: Story = {
  render: (args) => {
    const [open, setOpen] = useState(false);
    const t = useDemoText();
    return (
      <>
        <Button variant="secondary" size="sm" onClick={() => setOpen((value) => !value)}>
          {open ? t({ sv: 'Dölj avgiften', en: 'Hide the fee', ar: 'إخفاء الرسوم' }) : t({ sv: 'Visa avgiften', en: 'Show the fee', ar: 'عرض الرسوم' })}
        </Button>
        <Details {...args} open={open} onOpenChange={setOpen} />
      </>
    );
  },
};

/** Dark theme: white text and chevron on the dark surface. */
export const Dark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };

/** English locale: the demo content is English. */
export const English: Story = { args: { defaultOpen: true }, globals: { locale: 'en' } };

/** Right to left with Arabic content: the chevron sits at the inline start (right). */
export const RightToLeft: Story = {
  args: { defaultOpen: true },
  globals: { dir: 'rtl', locale: 'en' },
  render: (args) => (
    <div lang="ar">
      <Details {...args} />
    </div>
  ),
};
