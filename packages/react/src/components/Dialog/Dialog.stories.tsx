import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { ButtonGroup } from '../ButtonGroup/ButtonGroup.js';
import { TextField } from '../TextField/TextField.js';
import { Dialog } from './Dialog.js';

const meta = {
  title: 'Komponenter/Dialog',
  component: Dialog,
  args: { heading: 'Ändra e-postadress' },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Open at first in the story (screenshots, tests); closed on the docs page, where an open modal
 * dialog would make the whole page inert — the reader opens it with the button.
 */
const startsOpen = (context: { viewMode?: string }) => context.viewMode !== 'docs';

/**
 * Modal, open: the page behind is dimmed and inert, focus is in the dialog (on the close
 * button), Tab stays inside, Escape and "Stäng" close it and focus goes back to the button.
 */
export const Modal: Story = {
  render: function Render(args, context) {
    const t = useDemoText();
    const [open, setOpen] = useState(() => startsOpen(context));
    return (
      <>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t({ sv: 'Ändra e-postadress', en: 'Change email address', ar: 'تغيير البريد الإلكتروني' })}
        </Button>
        <Dialog
          {...args}
          open={open}
          onOpenChange={setOpen}
          heading={t({ sv: 'Ändra e-postadress', en: 'Change email address', ar: 'تغيير البريد الإلكتروني' })}
          description={t({
            sv: 'Vi skickar beslut och påminnelser till den här adressen.',
            en: 'We send decisions and reminders to this address.',
            ar: 'نرسل القرارات والتذكيرات إلى هذا العنوان.',
          })}
          footer={
            <ButtonGroup>
              <Button onClick={() => setOpen(false)}>{t({ sv: 'Spara adressen', en: 'Save address', ar: 'حفظ العنوان' })}</Button>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                {t({ sv: 'Avbryt', en: 'Cancel', ar: 'إلغاء' })}
              </Button>
            </ButtonGroup>
          }
        >
          <TextField
            label={t({ sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' })}
            type="email"
            autoComplete="email"
            defaultValue="anna.svensson@example.se"
          />
        </Dialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: /e-postadress|email|البريد/i })) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await expect(dialog).toHaveAccessibleDescription(/.+/);
    await expect(within(dialog).getAllByRole('button')[0]).toHaveFocus();
  },
};

/** Closed until the person opens it; focus moves to the close button, and back to the opener when it closes. */
export const OpenedByButton: Story = {
  render: function Render(args) {
    const t = useDemoText();
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t({ sv: 'Visa öppettider', en: 'Show opening hours', ar: 'عرض ساعات العمل' })}
        </Button>
        <Dialog
          {...args}
          size="sm"
          open={open}
          onOpenChange={setOpen}
          heading={t({ sv: 'Öppettider i Kontaktcenter', en: 'Contact centre opening hours', ar: 'ساعات عمل مركز الاتصال' })}
        >
          <p>
            {t({
              sv: 'Måndag–fredag 8–18. Lördag och söndag stängt. Ring 031-365 00 00.',
              en: 'Monday–Friday 8 am–6 pm. Closed on Saturday and Sunday. Call +46 31 365 00 00.',
              ar: 'من الاثنين إلى الجمعة 8–18. مغلق يومي السبت والأحد.',
            })}
          </p>
        </Dialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const opener = within(canvasElement).getByRole('button');
    await userEvent.click(opener);
    const dialog = (await body.findByRole('dialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    const close = within(dialog).getByRole('button', { name: /Stäng|Close/ });
    await expect(close).toHaveFocus();
    // (Tab and Escape need real key presses: Dialog.browser.test.tsx drives them in Chromium.)
    await userEvent.click(close);
    await waitFor(() => expect(dialog.open).toBe(false));
    await expect(opener).toHaveFocus();
  },
};

/**
 * Non-modal: help the person reads while working on the page. It floats at the inline end,
 * the page stays usable and scrollable, and Escape inside it closes it.
 */
export const NonModal: Story = {
  render: function Render(args, context) {
    const t = useDemoText();
    const [open, setOpen] = useState(() => startsOpen(context));
    return (
      <>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t({ sv: 'Visa hjälp', en: 'Show help', ar: 'عرض المساعدة' })}
        </Button>
        <p style={{ maxInlineSize: '40rem', marginBlock: 'var(--gbg-space-4) 0' }}>
          {t({
            sv: 'Fyll i ansökan om parkeringstillstånd. Hjälpen till höger står kvar medan du skriver.',
            en: 'Fill in the parking permit application. The help on the right stays while you type.',
            ar: 'املأ طلب تصريح الوقوف. تبقى المساعدة ظاهرة أثناء الكتابة.',
          })}
        </p>
        <Dialog
          {...args}
          modal={false}
          open={open}
          onOpenChange={setOpen}
          size="sm"
          heading={t({ sv: 'Hjälp med ansökan', en: 'Help with the application', ar: 'مساعدة في الطلب' })}
        >
          <p>
            {t({
              sv: 'Registreringsnumret står på fordonets registreringsbevis, till exempel ABC 123.',
              en: 'The registration number is on the vehicle registration certificate, for example ABC 123.',
              ar: 'رقم التسجيل مكتوب على شهادة تسجيل المركبة، مثلاً ABC 123.',
            })}
          </p>
        </Dialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('dialog')) as HTMLDialogElement;
    await expect(dialog.open).toBe(true);
    await expect(dialog.matches(':modal')).toBe(false);
  },
};

/** Long content scrolls inside the dialog; the heading with the close button and the footer stay in view. */
export const LongContent: Story = {
  render: function Render(args, context) {
    const t = useDemoText();
    const [open, setOpen] = useState(() => startsOpen(context));
    const sections = [1, 2, 3, 4, 5, 6, 7, 8];
    return (
      <>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t({ sv: 'Läs villkoren', en: 'Read the terms', ar: 'اقرأ الشروط' })}
        </Button>
        <Dialog
          {...args}
          size="lg"
          open={open}
          onOpenChange={setOpen}
          heading={t({ sv: 'Villkor för parkeringstillstånd', en: 'Terms for parking permits', ar: 'شروط تصاريح الوقوف' })}
          footer={
            <Button onClick={() => setOpen(false)}>{t({ sv: 'Jag har läst villkoren', en: 'I have read the terms', ar: 'قرأت الشروط' })}</Button>
          }
        >
          {sections.map((n) => (
            <p key={n}>
              {t({
                sv: `${n}. Tillståndet gäller för det fordon som anges i beslutet och bara inom den zon som står på tillståndet. Tillståndet ska sitta väl synligt innanför vindrutan. Om du byter fordon ska du ansöka om ett nytt tillstånd.`,
                en: `${n}. The permit applies to the vehicle named in the decision and only within the zone shown on the permit. Display it clearly behind the windscreen. If you change vehicles, apply for a new permit.`,
                ar: `${n}. يسري التصريح على المركبة المذكورة في القرار وداخل المنطقة المبينة فيه فقط. ضعه في مكان ظاهر خلف الزجاج الأمامي.`,
              })}
            </p>
          ))}
        </Dialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('dialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    // The dialog scrolls, not the page.
    await expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
    await expect(getComputedStyle(canvasElement.ownerDocument.documentElement).overflow).toBe('hidden');
  },
};

/** The close button with keyboard focus: the two-colour ring is drawn. */
export const CloseFocused: Story = {
  render: Modal.render,
  play: async ({ canvasElement }) => {
    const dialog = (await within(canvasElement.ownerDocument.body).findByRole('dialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    const close = within(dialog).getByRole('button', { name: /Stäng|Close/ });
    // showModal() put focus there without a pointer, so the ring shows (:focus-visible).
    await expect(close).toHaveFocus();
    const style = getComputedStyle(close);
    await expect(style.outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  },
};

/** Dark theme: raised surface, border and backdrop from the dark tokens; text white. */
export const Dark: Story = { ...Modal, globals: { theme: 'dark' } };

/** English locale: the close button is "Close" (dictionary) and the demo content English. */
export const English: Story = { ...Modal, globals: { locale: 'en' } };

/** Right to left with Arabic content: close button at the inline end (left), non-modal floats on the left. */
export const RightToLeft: Story = {
  ...Modal,
  globals: { dir: 'rtl', locale: 'en' },
  decorators: [
    (Story) => (
      <div lang="ar">
        <Story />
      </div>
    ),
  ],
};
