import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { BuildingPermitFlow, texts } from './__fixtures__/buildingPermitFlow.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Flöden/Ansök om bygglov',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

// "Show code" shows step 1 as an app would write it (imports from the package, real text), not
// the whole demo's state machine (kept in __fixtures__/buildingPermitFlow.tsx for the tests).
const EXAMPLE = `import { useRef, useState, type FormEvent } from 'react';
import { Button, Combobox, ErrorSummary, Heading, Stack, StepIndicator, TextField, type ErrorSummaryItem } from '@goteborgsstad/react';

const steps = ['Fastigheten', 'Byggstart', 'Ritningar', 'Kontrollera dina svar'];
const stadsdelar = [{ value: 'majorna', label: 'Majorna' }, { value: 'tuve', label: 'Tuve' } /* … */];

// Step 1 of 4; steps 2–4 and the receipt follow the same shape.
export function Fastigheten({ onDone }: { onDone: (answers: { stadsdel: string; fastighet: string }) => void }) {
  const [stadsdel, setStadsdel] = useState<string | null>(null);
  const [fastighet, setFastighet] = useState('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const errorFor = (id: string) => errors.find((error) => error.id === id)?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!stadsdel) found.push({ id: 'bygglov-stadsdel', message: 'Välj den stadsdel där fastigheten ligger.' });
    if (!/^\\p{L}[\\p{L} -]*\\s\\d{1,4}:\\d{1,4}$/u.test(fastighet.trim())) {
      found.push({ id: 'bygglov-fastighet', message: 'Skriv fastighetsbeteckningen som område, block och enhet, till exempel Majorna 12:3.' });
    }
    setErrors(found);
    if (found.length === 0) onDone({ stadsdel: stadsdel!, fastighet: fastighet.trim() });
  };

  return (
    <Stack gap="6">
      <Stack gap="4">
        <StepIndicator steps={steps} current={1} />
        {/* tabIndex -1: the app moves focus here when the step opens */}
        <Heading level={1} tabIndex={-1}>Fastigheten</Heading>
      </Stack>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <Stack gap="6" align="start">
          <Combobox id="bygglov-stadsdel" label="Stadsdel" description="Skriv några bokstäver och välj i listan." options={stadsdelar} value={stadsdel} onChange={setStadsdel} width="lg" error={errorFor('bygglov-stadsdel')} />
          <TextField id="bygglov-fastighet" label="Fastighetsbeteckning" description="Står i lagfarten, till exempel Majorna 12:3." value={fastighet} onChange={(event) => setFastighet(event.currentTarget.value)} width="lg" error={errorFor('bygglov-fastighet')} />
          <Button type="submit">Fortsätt</Button>
        </Stack>
      </form>
    </Stack>
  );
}`;

/**
 * The whole e-service in four steps, client-side: Fastigheten (Combobox + TextField), Byggstart
 * (DateInput, a date after the demo's fixed "today", 30 November 2026), Ritningar (FileUpload,
 * PDF up to 10 MB, upload progress simulated with timers), Kontrollera dina svar (CheckAnswers
 * whose "Ändra" links open the step with focus on the field), then the Receipt. Each step has
 * StepIndicator above the h1, BackLink from step 2, "Fortsätt", and validation on submit with
 * an ErrorSummary that takes focus. A new step moves focus to its h1. Try "Fortsätt" empty first.
 */
export const AnsokOmBygglov: Story = {
  name: 'Ansök om bygglov',
  parameters: { docs: { source: { code: EXAMPLE, language: 'tsx' } } },
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
      <TemplateFrame service={t(texts.service)} language={language}>
        <BuildingPermitFlow />
      </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored flow. */
export const AnsokOmBygglovHogerTillVanster: Story = {
  ...AnsokOmBygglov,
  name: 'Ansök om bygglov, höger till vänster',
  globals: { dir: 'rtl', locale: 'en' },
};
