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

// "Show code" shows the page as written, with a readable example instead of the whole flow's
// state machine (kept in __fixtures__/buildingPermitFlow.tsx, which the tests use too).
const EXAMPLE = `<TemplateFrame service="Ansök om bygglov">
  {/* Step 1 of 4; steps 2–4 and the receipt follow the same shape. */}
  <StepIndicator steps={['Fastigheten', 'Byggstart', 'Ritningar', 'Kontrollera dina svar']} current={1} />
  <Heading level={1} ref={headingRef} tabIndex={-1}>Fastigheten</Heading>
  <ErrorSummary errors={errors} />
  <form noValidate onSubmit={submit}>
    <Combobox id="bygglov-stadsdel" label="Stadsdel" options={stadsdelar} value={district} onChange={setDistrict} required error={errorFor('bygglov-stadsdel')} />
    <TextField id="bygglov-fastighet" label="Fastighetsbeteckning" description="Står i lagfarten, till exempel Majorna 12:3." required error={errorFor('bygglov-fastighet')} />
    <Button type="submit">Fortsätt</Button>
  </form>
</TemplateFrame>`;

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
