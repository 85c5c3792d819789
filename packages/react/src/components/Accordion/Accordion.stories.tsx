import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { dictionaries } from '../../i18n/index.js';
import { demoLanguage, pickDemoText, useDemoText, type DemoTexts } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { Accordion, AccordionItem, type AccordionProps } from './Accordion.js';

const column = { display: 'grid', gap: 'var(--gbg-space-4)', maxInlineSize: '40rem' } as const;

// Play functions read the built-in strings of the story's locale, so they pass from the toolbar too.
const builtIn = (globals: { locale?: string }) => dictionaries[globals.locale === 'en' ? 'en' : 'sv'].accordion;

type Section = { id: string; title: DemoTexts; body: DemoTexts };

/** Sections of a page about preschool: scanned by title, opened one or two at a time. */
const sections: Section[] = [
  {
    id: 'vem-kan-fa-plats',
    title: { sv: 'Vem kan få plats i förskola?', en: 'Who can get a preschool place?', ar: 'من يمكنه الحصول على مكان في الروضة؟' },
    body: {
      sv: 'Alla barn från ett års ålder som bor i Göteborg kan få plats. Du ansöker tidigast sex månader innan du behöver platsen.',
      en: 'Every child in Gothenburg from the age of one can get a place. Apply at the earliest six months before you need it.',
      ar: 'يمكن لكل طفل في يوتبوري من عمر سنة واحدة الحصول على مكان. قدّم الطلب قبل ستة أشهر على الأكثر من حاجتك إليه.',
    },
  },
  {
    id: 'sa-ansoker-du',
    title: { sv: 'Så ansöker du', en: 'How to apply', ar: 'كيفية التقديم' },
    body: {
      sv: 'Ansök i e-tjänsten med e-legitimation. Du kan välja upp till fem förskolor i den ordning du helst vill ha dem.',
      en: 'Apply in the e-service with an e-ID. You can choose up to five preschools in the order you prefer them.',
      ar: 'قدّم الطلب في الخدمة الإلكترونية باستخدام الهوية الإلكترونية. يمكنك اختيار ما يصل إلى خمس روضات حسب ترتيب تفضيلك.',
    },
  },
  {
    id: 'avgifter',
    title: { sv: 'Avgifter', en: 'Fees', ar: 'الرسوم' },
    body: {
      sv: 'Avgiften är 3 procent av hushållets inkomst före skatt, högst 1 688 kronor i månaden för det yngsta barnet.',
      en: 'The fee is 3 per cent of the household’s income before tax, at most SEK 1,688 a month for the youngest child.',
      ar: 'الرسوم هي 3 بالمئة من دخل الأسرة قبل الضريبة، بحد أقصى 1688 كرونة شهريًا لأصغر طفل.',
    },
  },
  {
    id: 'saga-upp-platsen',
    title: { sv: 'Säga upp platsen', en: 'Giving up the place', ar: 'إلغاء المكان' },
    body: {
      sv: 'Säg upp platsen i e-tjänsten senast två månader innan barnet slutar. Du betalar avgift under uppsägningstiden.',
      en: 'Give notice in the e-service at least two months before your child leaves. You pay the fee during the notice period.',
      ar: 'ألغِ المكان في الخدمة الإلكترونية قبل شهرين على الأقل من مغادرة الطفل. تدفع الرسوم خلال فترة الإشعار.',
    },
  },
];

/**
 * The accordion of those sections, built in the story's render (a hook, not a component) so
 * "Show code" prints the Accordion and its items with their text.
 */
function useSections({ open = [], ...props }: Partial<AccordionProps> & { open?: string[] }) {
  const t = useDemoText();
  return (
    <Accordion {...props}>
      {sections.map((section) => (
        <AccordionItem key={section.id} id={section.id} summary={t(section.title)} defaultOpen={open.includes(section.id)}>
          <p>{t(section.body)}</p>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

const meta = {
  title: 'Komponenter/Accordion',
  component: Accordion,
  args: { children: null, headingLevel: 2 },
  decorators: [
    (Story) => (
      <div style={column}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One section open (`defaultOpen` on its item). */
export const OneOpen: Story = {
  render: ({ children: _children, ...args }) => useSections({ ...args, open: ['avgifter'] }),
};

/** All sections closed: titles in h2 headings, "Visa alla" above them. */
export const Closed: Story = {
  render: ({ children: _children, ...args }) => useSections({ ...args }),
};

/**
 * "Visa alla" opens every section and becomes "Dölj alla"; pressed again it closes them all.
 * The button appears once JavaScript has started.
 */
export const ShowAllHideAll: Story = {
  render: ({ children: _children, ...args }) => useSections({ ...args }),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const strings = builtIn(globals);
    const items = () => Array.from(canvasElement.querySelectorAll('details'));
    await userEvent.click(await canvas.findByRole('button', { name: strings.showAll }));
    await waitFor(() => expect(items().every((item) => item.open)).toBe(true));
    const hide = await canvas.findByRole('button', { name: strings.hideAll });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(hide).toHaveFocus();
    await userEvent.click(hide);
    await waitFor(() => expect(items().some((item) => item.open)).toBe(false));
    await expect(await canvas.findByRole('button', { name: strings.showAll })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Exclusive group (`name`): opening a section closes the open one. No "Visa alla". */
export const Exclusive: Story = {
  render: ({ children: _children, ...args }) => useSections({ ...args, name: 'forskola-fragor', open: ['vem-kan-fa-plats'] }),
  play: async ({ canvasElement, globals }) => {
    const t = (texts: DemoTexts) => pickDemoText(texts, demoLanguage(globals));
    const [first, second] = Array.from(canvasElement.querySelectorAll('details'));
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
    await userEvent.click(within(canvasElement).getByText(t(sections[1]!.title)));
    await waitFor(() => expect(second!.open).toBe(true));
    await expect(first!.open).toBe(false);
  },
};

/** Long titles and content wrap at 320 px. */
export const LongContent: Story = {
  render: ({ children: _children, ...args }) => {
    const t = useDemoText();
    return (
      <Accordion {...args}>
        <AccordionItem
          defaultOpen
          summary={t({
            sv: 'Vad händer med avgiften om vi har växelvis boende, om ett av barnen går i fritidshem och om någon av oss blir arbetslös?',
            en: 'What happens to the fee if we share custody, if one child goes to after-school care and if one of us becomes unemployed?',
            ar: 'ماذا يحدث للرسوم إذا كانت الحضانة مشتركة، وإذا التحق أحد الأطفال بالرعاية بعد المدرسة، وإذا أصبح أحدنا عاطلًا عن العمل؟',
          })}
        >
          <p>
            {t({
              sv: 'Vid växelvis boende betalar båda hushållen var sin avgift, räknad på varje hushålls inkomst. Fritidshem räknas som ett eget barn i syskonordningen. Ändrad inkomst ska anmälas i e-tjänsten inom en månad; avgiften ändras från och med månaden efter. Läs mer på https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler.',
              en: 'With shared custody each household pays its own fee, based on its own income. After-school care counts as its own child in the sibling order. Report a change of income in the e-service within a month; the fee changes from the following month. Read more at https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler.',
              ar: 'في الحضانة المشتركة تدفع كل أسرة رسومها الخاصة بناءً على دخلها. تُحسب الرعاية بعد المدرسة كطفل مستقل في ترتيب الإخوة. أبلغ عن تغيّر الدخل في الخدمة الإلكترونية خلال شهر؛ وتتغير الرسوم اعتبارًا من الشهر التالي. اقرأ المزيد على https://goteborg.se/wps/portal/start/forskola/avgifter-och-regler.',
            })}
          </p>
        </AccordionItem>
        <AccordionItem summary={t(sections[3]!.title)}>
          <p>{t(sections[3]!.body)}</p>
        </AccordionItem>
      </Accordion>
    );
  },
};

/** A form inside an open section, and a heading level that fits under an h2 (`headingLevel={3}`). */
export const WithForm: Story = {
  args: { headingLevel: 3 },
  render: ({ children: _children, ...args }) => {
    const t = useDemoText();
    return (
      <Accordion {...args}>
        <AccordionItem defaultOpen summary={t({ sv: 'Kontaktuppgifter', en: 'Contact details', ar: 'بيانات الاتصال' })}>
          <form style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }} onSubmit={(event) => event.preventDefault()}>
            <TextField label={t({ sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' })} type="email" autoComplete="email" />
            <TextField label={t({ sv: 'Mobilnummer', en: 'Mobile number', ar: 'رقم الجوال' })} type="tel" autoComplete="tel" width="md" />
            <Button type="submit" variant="secondary">
              {t({ sv: 'Spara', en: 'Save', ar: 'حفظ' })}
            </Button>
          </form>
        </AccordionItem>
        <AccordionItem summary={t({ sv: 'Aviseringar', en: 'Notifications', ar: 'الإشعارات' })}>
          <p>
            {t({
              sv: 'Vi skickar ett sms när ditt ärende har fått ett beslut.',
              en: 'We send a text message when your case has a decision.',
              ar: 'نرسل رسالة نصية عندما يصدر قرار في طلبك.',
            })}
          </p>
        </AccordionItem>
      </Accordion>
    );
  },
};

/**
 * Anchor links: a link to `#avgifter` (or opening the page with that fragment) opens the
 * section that holds the id and scrolls to it.
 */
export const AnchorLinks: Story = {
  render: ({ children: _children, ...args }) => {
    const t = useDemoText();
    const accordion = useSections({ ...args });
    return (
      <>
        <p>
          <a href="#avgifter">{t({ sv: 'Läs om avgifterna', en: 'Read about the fees', ar: 'اقرأ عن الرسوم' })}</a>
        </p>
        {accordion}
      </>
    );
  },
};

/** Dark theme: white text and chevrons, lines from the dark border token. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: ({ children: _children, ...args }) => useSections({ ...args, open: ['avgifter'] }),
};

/** English locale: "Show all" from the English dictionary, English demo content. */
export const English: Story = {
  globals: { locale: 'en' },
  render: ({ children: _children, ...args }) => useSections({ ...args, open: ['avgifter'] }),
};

/** Right to left with Arabic content: chevrons at the inline start (right), the button at the left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'en' },
  render: ({ children: _children, ...args }) => <div lang="ar">{useSections({ ...args, open: ['avgifter'] })}</div>,
};
