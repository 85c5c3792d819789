// The "Ansök om bygglov i fyra steg" flow as one client-side component, shared by the story
// (Mönster/Flöden/Ansök om bygglov), its unit test and the keyboard-only Chromium test. Story
// only: never exported from the package. State lives here; every page change moves focus the
// way a new page would (to its h1), except a change link, which lands on the field it names.
import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { BackLink } from '../../components/BackLink/BackLink.js';
import { Button } from '../../components/Button/Button.js';
import { CheckAnswers } from '../../components/CheckAnswers/CheckAnswers.js';
import { Combobox, type ComboboxOption } from '../../components/Combobox/Combobox.js';
import { DateInput, type DateInputValue } from '../../components/DateInput/DateInput.js';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary.js';
import { FileUpload, type FileUploadItem } from '../../components/FileUpload/FileUpload.js';
import { Heading } from '../../components/Heading/Heading.js';
import { Receipt } from '../../components/Receipt/Receipt.js';
import { Stack } from '../../components/Stack/Stack.js';
import { StepIndicator } from '../../components/StepIndicator/StepIndicator.js';
import { Text } from '../../components/Text/Text.js';
import { TextField } from '../../components/TextField/TextField.js';
import { addDays, formatIsoDate, parseIsoDate } from '../../date/calendar.js';
import { parseDateParts } from '../../date/parseDateParts.js';
import { useDemoLanguage, type DemoTexts } from '../../storybook/demo.js';
import { pickDemoText } from '../../storybook/demoLanguage.js';

/** Field ids: the ErrorSummary links and the CheckAnswers change links point at them. */
export const fieldIds = {
  district: 'bygglov-stadsdel',
  property: 'bygglov-fastighet',
  start: 'bygglov-byggstart',
  drawings: 'bygglov-ritningar',
} as const;

/** The step each field lives on (1–3; 4 is the check page, 5 the receipt). */
const stepOfField: Record<string, Step> = {
  [fieldIds.district]: 1,
  [fieldIds.property]: 1,
  [fieldIds.start]: 2,
  [fieldIds.drawings]: 3,
};

export type Step = 1 | 2 | 3 | 4 | 5;

// Göteborg's stadsdelar: place names, the same in every language (marked Swedish off a Swedish page).
const districtNames = [
  'Angered', 'Askim', 'Backa', 'Bergsjön', 'Biskopsgården', 'Eriksberg', 'Gamlestaden', 'Guldheden',
  'Gårdsten', 'Haga', 'Hjällbo', 'Johanneberg', 'Kortedala', 'Kungsladugård', 'Kålltorp', 'Lindholmen',
  'Linnéstaden', 'Lundby', 'Majorna', 'Masthugget', 'Olskroken', 'Styrsö', 'Torslanda', 'Tuve',
  'Vasastaden', 'Västra Frölunda', 'Älvsborg', 'Örgryte',
];
const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-');

// The date messages ship in Swedish and English; the Arabic demo page says it in its own words.
const startWrongAr = 'أدخل تاريخًا صحيحًا، مثلًا 2027 3 15.';
// A fastighetsbeteckning: the register area, then block:unit ("Majorna 12:3", "Tuve 1:105").
const PROPERTY = /^\p{L}[\p{L} -]*\s\d{1,4}:\d{1,4}$/u;
const MAX_SIZE = 10_000_000;

export const texts = {
  service: { sv: 'Ansök om bygglov', en: 'Apply for building permission', ar: 'تقديم طلب ترخيص بناء' },
  steps: [
    { sv: 'Fastigheten', en: 'The property', ar: 'العقار' },
    { sv: 'Byggstart', en: 'Start of building', ar: 'بدء البناء' },
    { sv: 'Ritningar', en: 'Drawings', ar: 'الرسومات' },
    { sv: 'Kontrollera dina svar', en: 'Check your answers', ar: 'راجع إجاباتك' },
  ],
  back: { sv: 'Tillbaka', en: 'Back', ar: 'رجوع' },
  continue: { sv: 'Fortsätt', en: 'Continue', ar: 'متابعة' },
  send: { sv: 'Skicka ansökan', en: 'Send application', ar: 'أرسل الطلب' },
  district: { sv: 'Stadsdel', en: 'District', ar: 'الحي' },
  districtHelp: { sv: 'Skriv några bokstäver och välj i listan.', en: 'Type a few letters and choose from the list.', ar: 'اكتب بضعة أحرف واختر من القائمة.' },
  districtError: { sv: 'Välj den stadsdel där fastigheten ligger.', en: 'Choose the district the property is in.', ar: 'اختر الحي الذي يقع فيه العقار.' },
  property: { sv: 'Fastighetsbeteckning', en: 'Property designation', ar: 'رمز العقار' },
  propertyHelp: { sv: 'Står i lagfarten, till exempel Majorna 12:3.', en: 'It is on the title deed, for example Majorna 12:3.', ar: 'مذكور في سند الملكية، مثلًا Majorna 12:3.' },
  propertyMissing: { sv: 'Ange fastighetsbeteckningen, till exempel Majorna 12:3.', en: 'Enter the property designation, for example Majorna 12:3.', ar: 'أدخل رمز العقار، مثلًا Majorna 12:3.' },
  propertyFormat: { sv: 'Skriv fastighetsbeteckningen som område, block och enhet, till exempel Majorna 12:3.', en: 'Write the property designation as area, block and unit, for example Majorna 12:3.', ar: 'اكتب رمز العقار بالمنطقة ثم الكتلة والوحدة، مثلًا Majorna 12:3.' },
  start: { sv: 'När vill du börja bygga?', en: 'When do you want to start building?', ar: 'متى تريد أن تبدأ البناء؟' },
  startHelp: { sv: 'Ett datum efter i dag. Till exempel 2027 3 15.', en: 'A date after today. For example 2027 3 15.', ar: 'تاريخ بعد اليوم. مثلًا 2027 3 15.' },
  startEmpty: { sv: 'Ange när du vill börja bygga.', en: 'Enter when you want to start building.', ar: 'أدخل متى تريد أن تبدأ البناء.' },
  startPast: { sv: 'Byggstarten måste vara efter i dag, {today}.', en: 'The start must be after today, {today}.', ar: 'يجب أن يكون بدء البناء بعد اليوم، {today}.' },
  drawings: { sv: 'Ritningar', en: 'Drawings', ar: 'الرسومات' },
  drawingsHelp: { sv: 'Situationsplan, planritning och fasadritning. PDF, högst 10 MB per fil.', en: 'Site plan, floor plan and elevation drawings. PDF, at most 10 MB per file.', ar: 'مخطط الموقع والمسقط الأفقي ورسومات الواجهات. PDF، بحد أقصى 10 ميغابايت لكل ملف.' },
  drawingsMissing: { sv: 'Välj minst en ritning som PDF.', en: 'Choose at least one drawing as a PDF.', ar: 'اختر رسمًا واحدًا على الأقل بصيغة PDF.' },
  drawingsWait: { sv: 'Vänta tills ritningarna är uppladdade.', en: 'Wait until the drawings have been uploaded.', ar: 'انتظر حتى يكتمل رفع الرسومات.' },
  noFiles: { sv: 'Inga ritningar', en: 'No drawings', ar: 'لا توجد رسومات' },
  received: { sv: 'Vi har tagit emot din ansökan om bygglov', en: 'We have received your application for building permission', ar: 'استلمنا طلبك للحصول على ترخيص البناء' },
  confirmation: { sv: 'Vi har skickat en bekräftelse till din e-post.', en: 'We have sent a confirmation to your email.', ar: 'أرسلنا تأكيدًا إلى بريدك الإلكتروني.' },
  next: [
    { sv: 'En handläggare kontrollerar att ansökan är komplett, inom en vecka.', en: 'A case officer checks that the application is complete, within a week.', ar: 'يتحقق موظف مختص من اكتمال الطلب خلال أسبوع.' },
    { sv: 'Grannar som berörs får säga sitt.', en: 'Neighbours who are affected are asked for their views.', ar: 'يُطلب رأي الجيران المتأثرين.' },
    { sv: 'Du får beslutet inom tio veckor från att ansökan är komplett.', en: 'You get the decision within ten weeks of the application being complete.', ar: 'ستحصل على القرار خلال عشرة أسابيع من اكتمال الطلب.' },
  ],
} satisfies Record<string, DemoTexts | DemoTexts[]>;

export interface BuildingPermitFlowProps {
  /** The demo's "today" (`YYYY-MM-DD`): fixed, so the first render and the rules never drift. */
  today?: string;
  /** Milliseconds between simulated upload progress steps (25 % each). */
  uploadTickMs?: number;
  /** The case number on the receipt. */
  caseNumber?: string;
}

/** Formats `YYYY-MM-DD` as a long date in the demo language ("30 november 2026"). */
function longDate(iso: string, language: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const locale = language === 'sv' ? 'sv-SE' : language === 'ar' ? 'ar' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(parts.year, parts.month - 1, parts.day),
  );
}

/** Step 1–3 errors as `{ id, message }`, in the order of the fields. Pure; exported for tests. */
export function validateStep(
  step: Step,
  answers: { district: string | null; property: string; start: DateInputValue; files: readonly FileUploadItem[] },
  today: string,
  t: (text: DemoTexts) => string,
  language: string,
): ErrorSummaryItem[] {
  const errors: ErrorSummaryItem[] = [];
  if (step === 1) {
    if (!answers.district) errors.push({ id: fieldIds.district, message: t(texts.districtError) });
    const property = answers.property.trim();
    if (!property) errors.push({ id: fieldIds.property, message: t(texts.propertyMissing) });
    else if (!PROPERTY.test(property)) errors.push({ id: fieldIds.property, message: t(texts.propertyFormat) });
  } else if (step === 2) {
    const todayParts = parseIsoDate(today)!;
    const result = parseDateParts(answers.start, { min: addDays(todayParts, 1) });
    if (!result.ok) {
      const first = result.errors[0]?.part ?? 'year';
      const message =
        result.messageKey === 'empty'
          ? t(texts.startEmpty)
          : result.messageKey === 'before-min'
            ? t(texts.startPast).replace('{today}', longDate(today, language))
            : language === 'ar'
              ? startWrongAr
              : result.message[language === 'en' ? 'en' : 'sv'];
      errors.push({ id: `${fieldIds.start}-${first}`, message });
    }
  } else if (step === 3) {
    if (answers.files.length === 0) errors.push({ id: fieldIds.drawings, message: t(texts.drawingsMissing) });
    else if (answers.files.some((file) => file.status !== 'done')) errors.push({ id: fieldIds.drawings, message: t(texts.drawingsWait) });
  }
  return errors;
}

/** The parts of an error list that belong to one field (a DateInput links to its first wrong part). */
const errorFor = (errors: readonly ErrorSummaryItem[], id: string): ReactNode =>
  errors.find((error) => error.id === id || error.id.startsWith(`${id}-`))?.message;

export function BuildingPermitFlow({ today = '2026-11-30', uploadTickMs = 400, caseNumber = 'BYGG-2026-01234' }: BuildingPermitFlowProps) {
  const language = useDemoLanguage();
  const t = (text: DemoTexts) => pickDemoText(text, language);
  const [step, setStep] = useState<Step>(1);
  const [district, setDistrict] = useState<string | null>(null);
  const [property, setProperty] = useState('');
  const [start, setStart] = useState<DateInputValue>({ year: '', month: '', day: '' });
  const [files, setFiles] = useState<FileUploadItem[]>([]);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  // After a change link, "Fortsätt" goes straight back to the check page (GOV.UK's pattern).
  const [returnToCheck, setReturnToCheck] = useState(false);
  // Counts failed submits: each one puts focus on the summary, also when errors were shown already.
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const receiptHeadingRef = useRef<HTMLHeadingElement>(null);
  // What gets focus after the page changes: the h1, or a field a change link named. Null on the
  // first render, which is a page load: focus stays where the browser put it.
  const focusNext = useRef<string | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setInterval>>());

  useEffect(() => {
    const running = timers.current;
    return () => running.forEach((timer) => clearInterval(timer));
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (!target) return;
    if (target !== 'heading') {
      document.getElementById(target)?.focus();
      return;
    }
    (step === 5 ? receiptHeadingRef.current : headingRef.current)?.focus();
  }, [step]);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  // Every field is needed, so none is marked: the house marks the optional ones ("valfritt").
  const districts: ComboboxOption[] = districtNames.map((name) => ({
    value: slug(name),
    label: name,
    lang: language === 'sv' ? undefined : 'sv',
  }));
  const districtLabel = districtNames.find((name) => slug(name) === district) ?? '';
  const stepLabels = texts.steps.map(t);
  const todayParts = parseIsoDate(today)!;
  const startIso = parseDateParts(start, { min: addDays(todayParts, 1) });

  const goTo = (next: Step, focus: string = 'heading') => {
    focusNext.current = focus;
    setErrors([]);
    setStep(next);
  };

  /** Simulated upload: 0 → 100 % in four ticks, as the app would report from its server. */
  const upload = (added: FileUploadItem[]) => {
    for (const item of added) {
      let progress = 0;
      const patch = (change: Partial<FileUploadItem>) =>
        setFiles((list) => list.map((file) => (file.id === item.id ? { ...file, ...change } : file)));
      patch({ status: 'uploading', progress });
      const timer = setInterval(() => {
        progress += 25;
        if (progress >= 100) {
          clearInterval(timer);
          timers.current.delete(timer);
          patch({ status: 'done', progress: 100 });
        } else patch({ progress });
      }, uploadTickMs);
      timers.current.add(timer);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 4) {
      goTo(5);
      return;
    }
    const found = validateStep(step, { district, property, start, files }, today, t, language);
    if (found.length > 0) {
      setErrors(found);
      setAttempt((count) => count + 1);
      return;
    }
    goTo(returnToCheck ? 4 : ((step + 1) as Step));
    if (returnToCheck) setReturnToCheck(false);
  };

  // Change links are plain `#field` links (they work as anchors too); in this client-side flow
  // they open the field's step and put focus on the field.
  const followChangeLink = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest?.('a[href^="#bygglov-"]');
    const id = link?.getAttribute('href')?.slice(1) ?? '';
    const target = stepOfField[id];
    if (!target) return;
    event.preventDefault();
    setReturnToCheck(true);
    goTo(target, id === fieldIds.start ? `${fieldIds.start}-year` : id);
  };

  if (step === 5) {
    return (
      <Receipt
        headingRef={receiptHeadingRef}
        heading={t(texts.received)}
        caseNumber={caseNumber}
        nextSteps={texts.next.map(t)}
        style={{ maxInlineSize: '40rem' }}
      >
        <Text>{t(texts.confirmation)}</Text>
      </Receipt>
    );
  }

  const title = stepLabels[step - 1]!;
  let fields: ReactNode;
  if (step === 1) {
    fields = (
      <>
        <Combobox
          id={fieldIds.district}
          name="stadsdel"
          label={t(texts.district)}
          description={t(texts.districtHelp)}
          options={districts}
          value={district}
          onChange={setDistrict}
          width="lg"
          error={errorFor(errors, fieldIds.district)}
        />
        <TextField
          id={fieldIds.property}
          name="fastighet"
          label={t(texts.property)}
          description={t(texts.propertyHelp)}
          value={property}
          onChange={(event) => setProperty(event.currentTarget.value)}
          width="lg"
          error={errorFor(errors, fieldIds.property)}
        />
      </>
    );
  } else if (step === 2) {
    const startError = errors.find((error) => error.id.startsWith(`${fieldIds.start}-`));
    const result = parseDateParts(start, { min: addDays(todayParts, 1) });
    fields = (
      <DateInput
        id={fieldIds.start}
        name="byggstart"
        label={t(texts.start)}
        description={t(texts.startHelp)}
        value={start}
        onChange={(value) => setStart(value)}
        validateOnBlur={false}
        error={startError?.message}
        invalidParts={startError && !result.ok ? result.errors.map((error) => error.part) : undefined}
      />
    );
  } else if (step === 3) {
    fields = (
      <FileUpload
        id={fieldIds.drawings}
        name="ritningar"
        label={t(texts.drawings)}
        description={t(texts.drawingsHelp)}
        accept=".pdf"
        maxSize={MAX_SIZE}
        multiple
        files={files}
        onFilesChange={setFiles}
        onFilesAdd={upload}
        error={errorFor(errors, fieldIds.drawings)}
      />
    );
  } else {
    fields = (
      // A delegated click: CheckAnswers renders its own links; this only reads their href.
      <div onClick={followChangeLink}>
        <CheckAnswers
          items={[
            { question: t(texts.district), answer: <span lang={language === 'sv' ? undefined : 'sv'}>{districtLabel}</span>, href: `#${fieldIds.district}`, changeLabel: t(texts.district).toLowerCase() },
            { question: t(texts.property), answer: property.trim(), href: `#${fieldIds.property}`, changeLabel: t(texts.property).toLowerCase() },
            { question: t(texts.steps[1]!), answer: startIso.ok ? longDate(startIso.iso, language) : '', href: `#${fieldIds.start}`, changeLabel: t(texts.steps[1]!).toLowerCase() },
            {
              question: t(texts.drawings),
              answer: files.length > 0 ? files.map((file) => <bdi key={file.id}>{file.name}</bdi>) : t(texts.noFiles),
              href: `#${fieldIds.drawings}`,
              changeLabel: t(texts.drawings).toLowerCase(),
            },
          ]}
        />
      </div>
    );
  }

  return (
    <Stack gap="6" style={{ maxInlineSize: '40rem' }}>
      {step > 1 && (
        <BackLink onClick={() => goTo((step - 1) as Step)}>{t(texts.back)}</BackLink>
      )}
      <Stack gap="4">
        <StepIndicator steps={stepLabels} current={step} />
        <Heading level={1} ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
      </Stack>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <form noValidate onSubmit={submit} aria-label={title}>
        <Stack gap="6" align="start">
          {fields}
          <Button type="submit">{t(step === 4 ? texts.send : texts.continue)}</Button>
        </Stack>
      </form>
    </Stack>
  );
}
