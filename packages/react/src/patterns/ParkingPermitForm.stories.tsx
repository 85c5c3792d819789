import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from '../components/Checkbox/Checkbox.js';
import { CheckboxGroup } from '../components/CheckboxGroup/CheckboxGroup.js';
import { Fieldset } from '../components/Fieldset/Fieldset.js';
import { Radio, RadioGroup } from '../components/RadioGroup/RadioGroup.js';
import { Select } from '../components/Select/Select.js';
import { Switch } from '../components/Switch/Switch.js';
import { Textarea } from '../components/Textarea/Textarea.js';
import { TextField } from '../components/TextField/TextField.js';
import { useDemoText } from '../storybook/demo.js';
import { ValidatedForm, type FormErrors } from './__fixtures__/ValidatedForm.js';

// District names are place names: the same in every language.
const districts = [
  { value: 'angered', label: 'Angered' },
  { value: 'centrum', label: 'Centrum' },
  { value: 'hisingen', label: 'Hisingen' },
  { value: 'majorna-linne', label: 'Majorna-Linné' },
  { value: 'norra-hisingen', label: 'Norra Hisingen' },
  { value: 'orgryte-harlanda', label: 'Örgryte-Härlanda' },
  { value: 'vastra-goteborg', label: 'Västra Göteborg' },
];

const texts = {
  title: { sv: 'Ansök om parkeringstillstånd', en: 'Apply for a parking permit', ar: 'تقديم طلب تصريح وقوف السيارات' },
  lead: {
    sv: 'Du som är folkbokförd i Göteborg kan ansöka om tillstånd att parkera nära din bostad. Det tar ungefär tio minuter. Fält som inte är obligatoriska är markerade med ”valfritt”.',
    en: 'If you are registered as living in Gothenburg, you can apply for a permit to park near your home. It takes about ten minutes. Fields that are not required are marked “optional”.',
    ar: 'إذا كنت مسجلًا كمقيم في يوتيبوري، يمكنك التقدم بطلب تصريح لركن سيارتك قرب مسكنك. يستغرق ذلك نحو عشر دقائق. الحقول غير الإلزامية مُعلَّمة بكلمة «اختياري».',
  },
  formLabel: { sv: 'Ansökan om parkeringstillstånd', en: 'Parking permit application', ar: 'طلب تصريح وقوف السيارات' },
  showHelp: { sv: 'Visa hjälptexter', en: 'Show help texts', ar: 'إظهار نصوص المساعدة' },
  showHelpDescription: { sv: 'Gäller direkt för hela formuläret.', en: 'Applies at once to the whole form.', ar: 'يسري فورًا على النموذج كله.' },
  sent: {
    sv: 'Tack! Din ansökan är skickad. Du får ett beslut inom tre veckor.',
    en: 'Thank you! Your application has been sent. You will get a decision within three weeks.',
    ar: 'شكرًا! تم إرسال طلبك. ستحصل على قرار خلال ثلاثة أسابيع.',
  },
  submit: { sv: 'Skicka ansökan', en: 'Send application', ar: 'أرسل الطلب' },
  permitLegend: { sv: 'Vilken typ av tillstånd söker du?', en: 'What kind of permit are you applying for?', ar: 'ما نوع التصريح الذي تطلبه؟' },
  resident: { sv: 'Boendeparkering', en: 'Resident parking', ar: 'موقف للسكان' },
  residentHelp: {
    sv: 'För dig som är folkbokförd i området och har en bil registrerad på dig.',
    en: 'For you who are registered in the area and have a car registered to you.',
    ar: 'لمن هو مسجل في المنطقة ولديه سيارة مسجلة باسمه.',
  },
  disabled: { sv: 'Parkeringstillstånd för rörelsehindrade', en: 'Disabled parking permit', ar: 'تصريح وقوف لذوي الإعاقة الحركية' },
  business: { sv: 'Företagsparkering', en: 'Business parking', ar: 'موقف للشركات' },
  you: { sv: 'Dina uppgifter', en: 'Your details', ar: 'بياناتك' },
  firstName: { sv: 'Förnamn', en: 'First name', ar: 'الاسم الأول' },
  lastName: { sv: 'Efternamn', en: 'Last name', ar: 'اسم العائلة' },
  email: { sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' },
  emailHelp: { sv: 'Vi skickar en bekräftelse hit.', en: 'We send a confirmation here.', ar: 'سنرسل تأكيدًا إلى هذا العنوان.' },
  mobile: { sv: 'Mobilnummer', en: 'Mobile number', ar: 'رقم الجوال' },
  vehicle: { sv: 'Fordon och område', en: 'Vehicle and area', ar: 'المركبة والمنطقة' },
  regnr: { sv: 'Registreringsnummer', en: 'Registration number', ar: 'رقم التسجيل' },
  regnrHelp: { sv: 'Till exempel ABC 123.', en: 'For example ABC 123.', ar: 'مثلًا ABC 123.' },
  district: { sv: 'Stadsområde', en: 'City district', ar: 'منطقة المدينة' },
  districtPlaceholder: { sv: 'Välj stadsområde', en: 'Choose a city district', ar: 'اختر منطقة المدينة' },
  fee: { sv: 'Månadsavgift', en: 'Monthly fee', ar: 'الرسوم الشهرية' },
  feeHelp: {
    sv: 'Avgiften för ditt område. Du betalar den när tillståndet har beviljats.',
    en: 'The fee for your area. You pay it once the permit has been granted.',
    ar: 'رسوم منطقتك. تدفعها بعد منح التصريح.',
  },
  currency: { sv: 'kr', en: 'SEK', ar: 'كرونة' },
  decisionLegend: { sv: 'Hur vill du få beslutet?', en: 'How do you want to get the decision?', ar: 'كيف تريد أن تتلقى القرار؟' },
  decisionHelp: { sv: 'Välj alla som passar.', en: 'Choose all that apply.', ar: 'اختر كل ما يناسبك.' },
  byEmail: { sv: 'E-post', en: 'Email', ar: 'البريد الإلكتروني' },
  bySms: { sv: 'SMS', en: 'Text message', ar: 'رسالة نصية' },
  byLetter: { sv: 'Brev', en: 'Letter', ar: 'رسالة بريدية' },
  letterHelp: { sv: 'Tar 3–5 arbetsdagar.', en: 'Takes 3–5 working days.', ar: 'يستغرق ٣–٥ أيام عمل.' },
  other: { sv: 'Övrig information', en: 'Other information', ar: 'معلومات أخرى' },
  otherHelp: {
    sv: 'Något mer vi behöver veta? Skriv inte känsliga uppgifter om hälsa här.',
    en: 'Anything else we need to know? Do not write sensitive health details here.',
    ar: 'هل هناك شيء آخر نحتاج إلى معرفته؟ لا تكتب هنا معلومات صحية حساسة.',
  },
  confirm: { sv: 'Jag intygar att uppgifterna är riktiga', en: 'I confirm that the details are correct', ar: 'أؤكد أن البيانات صحيحة' },
  // Validation messages: what went wrong and how to put it right.
  permitMissing: { sv: 'Välj vilken typ av tillstånd du söker.', en: 'Choose the kind of permit you are applying for.', ar: 'اختر نوع التصريح الذي تطلبه.' },
  firstNameMissing: { sv: 'Ange ditt förnamn.', en: 'Enter your first name.', ar: 'أدخل اسمك الأول.' },
  lastNameMissing: { sv: 'Ange ditt efternamn.', en: 'Enter your last name.', ar: 'أدخل اسم عائلتك.' },
  emailWrong: {
    sv: 'Ange en e-postadress med @, till exempel anna@exempel.se.',
    en: 'Enter an email address with @, like name@example.com.',
    ar: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل name@example.com.',
  },
  regnrWrong: {
    sv: 'Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123.',
    en: 'Enter the registration number as three letters and three characters, like ABC 123.',
    ar: 'أدخل رقم التسجيل بثلاثة أحرف وثلاثة رموز، مثل ABC 123.',
  },
  districtMissing: { sv: 'Välj det stadsområde där du bor.', en: 'Choose the city district you live in.', ar: 'اختر منطقة المدينة التي تسكن فيها.' },
  decisionMissing: { sv: 'Välj minst ett sätt att få beslutet på.', en: 'Choose at least one way to get the decision.', ar: 'اختر طريقة واحدة على الأقل لتلقي القرار.' },
  otherTooLong: { sv: 'Skriv högst 300 tecken i Övrig information.', en: 'Write at most 300 characters in Other information.', ar: 'اكتب ٣٠٠ حرف على الأكثر في معلومات أخرى.' },
  confirmMissing: {
    sv: 'Kryssa i rutan för att intyga att uppgifterna är riktiga.',
    en: 'Tick the box to confirm that the details are correct.',
    ar: 'ضع علامة في المربع لتأكيد صحة البيانات.',
  },
};

/**
 * "Ansök om parkeringstillstånd": an e-service form built only from the design system's form
 * components. Validation runs on submit (no browser bubbles: `noValidate`); errors show in an
 * ErrorSummary that takes focus and next to each field. Group errors link to the group's first
 * control.
 */
function ParkingPermitForm() {
  const t = useDemoText();
  const [showHelp, setShowHelp] = useState(true);
  const help = (text: string) => (showHelp ? text : undefined);

  /** Server-style validation of the submitted form: a message per field id. */
  const validate = (data: FormData): FormErrors => {
    const errors: FormErrors = {};
    const text = (name: string) => String(data.get(name) ?? '').trim();
    if (!text('tillstand')) errors['pp-tillstand'] = t(texts.permitMissing);
    if (!text('fornamn')) errors['pp-fornamn'] = t(texts.firstNameMissing);
    if (!text('efternamn')) errors['pp-efternamn'] = t(texts.lastNameMissing);
    if (!/^\S+@\S+\.\S+$/.test(text('epost'))) errors['pp-epost'] = t(texts.emailWrong);
    if (!/^[A-ZÅÄÖ]{3}\s?\d{2}[A-Z\d]$/i.test(text('regnr'))) errors['pp-regnr'] = t(texts.regnrWrong);
    if (!text('omrade')) errors['pp-omrade'] = t(texts.districtMissing);
    if (data.getAll('beslut').length === 0) errors['pp-beslut'] = t(texts.decisionMissing);
    if (text('ovrigt').length > 300) errors['pp-ovrigt'] = t(texts.otherTooLong);
    if (!data.get('intyg')) errors['pp-intyg'] = t(texts.confirmMissing);
    return errors;
  };

  return (
    <ValidatedForm
      title={t(texts.title)}
      lead={t(texts.lead)}
      intro={
        <Switch label={t(texts.showHelp)} description={t(texts.showHelpDescription)} checked={showHelp} onCheckedChange={setShowHelp} />
      }
      formLabel={t(texts.formLabel)}
      submitLabel={t(texts.submit)}
      sentMessage={t(texts.sent)}
      validate={validate}
    >
      {(errors) => (
        <>
          <RadioGroup legend={t(texts.permitLegend)} name="tillstand" size="md" error={errors['pp-tillstand']}>
            <Radio id="pp-tillstand" value="boende" label={t(texts.resident)} description={help(t(texts.residentHelp))} />
            <Radio value="rorelsehinder" label={t(texts.disabled)} />
            <Radio value="foretag" label={t(texts.business)} />
          </RadioGroup>

          <Fieldset legend={t(texts.you)}>
            <TextField id="pp-fornamn" name="fornamn" label={t(texts.firstName)} autoComplete="given-name" width="lg" error={errors['pp-fornamn']} />
            <TextField id="pp-efternamn" name="efternamn" label={t(texts.lastName)} autoComplete="family-name" width="lg" error={errors['pp-efternamn']} />
            <TextField
              id="pp-epost"
              name="epost"
              type="email"
              label={t(texts.email)}
              description={help(t(texts.emailHelp))}
              autoComplete="email"
              width="lg"
              error={errors['pp-epost']}
            />
            <TextField id="pp-telefon" name="telefon" type="tel" label={t(texts.mobile)} optional autoComplete="tel" width="md" />
          </Fieldset>

          <Fieldset legend={t(texts.vehicle)}>
            <TextField
              id="pp-regnr"
              name="regnr"
              label={t(texts.regnr)}
              description={help(t(texts.regnrHelp))}
              autoComplete="off"
              width="sm"
              error={errors['pp-regnr']}
            />
            <Select
              id="pp-omrade"
              name="omrade"
              label={t(texts.district)}
              placeholder={t(texts.districtPlaceholder)}
              defaultValue=""
              options={districts}
              width="md"
              error={errors['pp-omrade']}
            />
            <TextField
              id="pp-avgift"
              name="avgift"
              label={t(texts.fee)}
              description={help(t(texts.feeHelp))}
              readOnly
              defaultValue="450"
              suffix={t(texts.currency)}
              width="sm"
              autoComplete="off"
            />
          </Fieldset>

          <CheckboxGroup
            legend={t(texts.decisionLegend)}
            description={help(t(texts.decisionHelp))}
            name="beslut"
            defaultValue={['epost']}
            error={errors['pp-beslut']}
          >
            <Checkbox id="pp-beslut" value="epost" label={t(texts.byEmail)} />
            <Checkbox value="sms" label={t(texts.bySms)} />
            <Checkbox value="brev" label={t(texts.byLetter)} description={help(t(texts.letterHelp))} />
          </CheckboxGroup>

          <Textarea
            id="pp-ovrigt"
            name="ovrigt"
            label={t(texts.other)}
            optional
            description={help(t(texts.otherHelp))}
            maxCount={300}
            rows={4}
            error={errors['pp-ovrigt']}
          />

          <Checkbox id="pp-intyg" name="intyg" value="ja" label={t(texts.confirm)} error={errors['pp-intyg']} />
        </>
      )}
    </ValidatedForm>
  );
}

const meta = {
  title: 'Mönster/Formulär',
  component: ParkingPermitForm,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ParkingPermitForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const byId = <T extends HTMLElement>(root: HTMLElement, id: string) => root.querySelector<T>(`#${id}`)!;
const submit = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** The empty form. Press "Skicka ansökan" to see validation. */
export const AnsokOmParkeringstillstand: Story = {};

/**
 * After sending an empty form: the summary takes focus; its links lead to each field or group.
 * The steps find fields by id, so they run in every language.
 */
export const EfterFelaktigtSkick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(byId(canvasElement, 'pp-beslut'));
    await userEvent.click(submit(canvasElement));
    const summary = canvas.getByRole('region');
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(8);
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
    const firstName = byId(canvasElement, 'pp-fornamn');
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(firstName).toHaveAccessibleDescription(new RegExp(summary.querySelector('a[href="#pp-fornamn"]')!.textContent!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await userEvent.click(summary.querySelector<HTMLAnchorElement>('a[href="#pp-regnr"]')!);
    await expect(byId(canvasElement, 'pp-regnr')).toHaveFocus();
  },
};

/** Filled in correctly and sent. */
export const Skickad: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(byId(canvasElement, 'pp-tillstand'));
    await userEvent.type(byId(canvasElement, 'pp-fornamn'), 'Anna');
    await userEvent.type(byId(canvasElement, 'pp-efternamn'), 'Andersson');
    await userEvent.type(byId(canvasElement, 'pp-epost'), 'anna@exempel.se');
    await userEvent.type(byId(canvasElement, 'pp-regnr'), 'ABC 123');
    await userEvent.selectOptions(byId(canvasElement, 'pp-omrade'), 'majorna-linne');
    await userEvent.click(byId(canvasElement, 'pp-intyg'));
    await userEvent.click(submit(canvasElement));
    await expect(canvas.getByText(/Tack! Din ansökan är skickad./)).toHaveAttribute('role', 'status');
    await expect(canvas.queryByRole('region')).toBeNull();
  },
};

/** English throughout: demo content and built-in strings (optional words, counter, error prefix). */
export const English: Story = { ...EfterFelaktigtSkick, globals: { locale: 'en' } };

/** Dark theme, after a failed submit. */
export const Morkt: Story = { ...EfterFelaktigtSkick, globals: { theme: 'dark' } };

/** Right to left with Arabic demo content (built-in strings in English), after a failed submit. */
export const HogerTillVanster: Story = { ...EfterFelaktigtSkick, globals: { dir: 'rtl', locale: 'en' } };
