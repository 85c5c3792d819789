import type { Meta, StoryObj } from '@storybook/react-vite';
import { BackLink } from '../components/BackLink/BackLink.js';
import { Button } from '../components/Button/Button.js';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.js';
import { Heading } from '../components/Heading/Heading.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TextField } from '../components/TextField/TextField.js';
import { useDemoLanguage, useDemoText } from '../storybook/demo.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/E-tjänst, ett steg',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One step of an e-service, as the server renders it after a submit with errors: a quiet header
 * (service name, no site navigation or search), BackLink to the previous step, "Steg 2 av 4",
 * the step's h1, an ErrorSummary (h2) that takes focus, and the fields with their errors. The
 * form posts to the server; no function props. Landmarks: banner, navigation "Språk", main,
 * contentinfo.
 */
export const EtjanstSteg: Story = {
  name: 'E-tjänst, ett steg',
  render: function Render() {
    const t = useDemoText();
    const language = useDemoLanguage();
    return (
    <TemplateFrame service={t({ sv: 'Ansök om parkeringstillstånd', en: 'Apply for a parking permit', ar: 'تقديم طلب تصريح وقوف السيارات' })} language={language}>
      <Stack gap="6" style={{ maxInlineSize: '36rem' }}>
        <BackLink href="#steg-1">{t({ sv: 'Tillbaka till Välj tillstånd', en: 'Back to Choose a permit', ar: 'العودة إلى اختيار التصريح' })}</BackLink>
        <Stack gap="2">
          <Text variant="small">{t({ sv: 'Steg 2 av 4', en: 'Step 2 of 4', ar: 'الخطوة ٢ من ٤' })}</Text>
          <Heading level={1}>{t({ sv: 'Dina uppgifter', en: 'Your details', ar: 'بياناتك' })}</Heading>
        </Stack>
        <ErrorSummary
          errors={[
            { id: 'steg-epost', message: t({ sv: 'Ange en e-postadress med @, till exempel anna@exempel.se.', en: 'Enter an email address with @, like name@example.com.', ar: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل name@example.com.' }) },
            { id: 'steg-regnr', message: t({ sv: 'Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123.', en: 'Enter the registration number as three letters and three characters, like ABC 123.', ar: 'أدخل رقم التسجيل بثلاثة أحرف وثلاثة رموز، مثل ABC 123.' }) },
          ]}
        />
        <form action="#steg-3" method="post" noValidate>
          <Stack gap="6" align="start">
            <TextField id="steg-fornamn" name="fornamn" label={t({ sv: 'Förnamn', en: 'First name', ar: 'الاسم الأول' })} autoComplete="given-name" width="lg" defaultValue="Anna" />
            <TextField id="steg-efternamn" name="efternamn" label={t({ sv: 'Efternamn', en: 'Last name', ar: 'اسم العائلة' })} autoComplete="family-name" width="lg" defaultValue="Lindqvist" />
            <TextField
              id="steg-epost"
              name="epost"
              type="email"
              label={t({ sv: 'E-postadress', en: 'Email address', ar: 'البريد الإلكتروني' })}
              description={t({ sv: 'Vi skickar beslutet hit.', en: 'We send the decision here.', ar: 'سنرسل القرار إلى هذا العنوان.' })}
              autoComplete="email"
              width="lg"
              defaultValue="anna.lindqvist"
              error={t({ sv: 'Ange en e-postadress med @, till exempel anna@exempel.se.', en: 'Enter an email address with @, like name@example.com.', ar: 'أدخل عنوان بريد إلكتروني يحتوي على @، مثل name@example.com.' })}
            />
            <TextField
              id="steg-regnr"
              name="regnr"
              label={t({ sv: 'Bilens registreringsnummer', en: 'The car\'s registration number', ar: 'رقم تسجيل السيارة' })}
              width="sm"
              defaultValue="AB 12"
              error={t({ sv: 'Ange registreringsnumret med tre bokstäver och tre tecken, till exempel ABC 123.', en: 'Enter the registration number as three letters and three characters, like ABC 123.', ar: 'أدخل رقم التسجيل بثلاثة أحرف وثلاثة رموز، مثل ABC 123.' })}
            />
            <Button type="submit">{t({ sv: 'Fortsätt', en: 'Continue', ar: 'متابعة' })}</Button>
          </Stack>
        </form>
      </Stack>
    </TemplateFrame>
    );
  },
};

/** Right to left with Arabic content (built-in strings in English): the mirrored frame and layout. */
export const EtjanstStegHogerTillVanster: Story = { ...EtjanstSteg, name: 'E-tjänst, ett steg, höger till vänster', globals: { dir: 'rtl', locale: 'en' } };
