// Server Component page (no 'use client' here): the e-service step template from Mönster/Mallar —
// a quiet Header with the service name, BackLink, "Steg 2 av 4", ErrorSummary linking to fields
// with errors, TextFields, a CheckboxGroup and the submit Button in a plain POST form — from the
// installed tarball. next.mjs checks its landmarks and that the error summary links reach fields.
import {
  BackLink,
  Button,
  Checkbox,
  CheckboxGroup,
  Container,
  ErrorSummary,
  Footer,
  Header,
  Heading,
  SkipLink,
  Stack,
  Text,
  TextField,
} from '@goteborgsstad/react';

export const metadata = { title: 'Dina uppgifter – Ansök om parkeringstillstånd – Göteborgs Stad' };

const emailError = 'Ange en e-postadress med @, till exempel anna@exempel.se.';

export default function ServiceStepPage() {
  return (
    <>
      <SkipLink targetId="huvudinnehall" />
      <Header homeHref="/" serviceName="Ansök om parkeringstillstånd" serviceHref="/mallar/e-tjanst" />
      <Container as="main" id="huvudinnehall" tabIndex={-1}>
        <Stack gap="6">
          <BackLink href="/mallar">Tillbaka till Välj tillstånd</BackLink>
          <Stack gap="2">
            <Text variant="small">Steg 2 av 4</Text>
            <Heading level={1}>Dina uppgifter</Heading>
          </Stack>
          <ErrorSummary errors={[{ id: 'steg-epost', message: emailError }]} />
          <form action="/mallar/e-tjanst" method="post" noValidate>
            <Stack gap="6" align="start">
              <TextField id="steg-fornamn" name="fornamn" label="Förnamn" autoComplete="given-name" defaultValue="Anna" />
              <TextField id="steg-epost" name="epost" type="email" label="E-postadress" defaultValue="anna.lindqvist" error={emailError} />
              <CheckboxGroup legend="Hur vill du få beslutet?" name="kanal" defaultValue={['e-post']}>
                <Checkbox value="e-post" label="E-post" />
                <Checkbox value="brev" label="Brev" />
              </CheckboxGroup>
              <Button type="submit">Fortsätt</Button>
            </Stack>
          </form>
        </Stack>
      </Container>
      <Footer accessibilityHref="/om#tillganglighet" aboutHref="/om" cookiesHref="/om#kakor" />
    </>
  );
}
