// Server Component page: layout, text, Logo, Button as a link with an icon (passed as a
// component, the form the docs show), Icon, Link, and a client form.
import { Button, Container, Heading, Icon, Link, Logo, Stack, Text } from '@goteborgsstad/react';
import { ChevronRightIcon, InfoIcon } from '@goteborgsstad/icons';
import { ContactForm } from './ContactForm.jsx';

export default function Page() {
  return (
    <Container as="main" data-testid="main">
      <Stack gap="6">
        <Logo data-testid="logo" />
        <Heading level={1}>Ansök om förskoleplats</Heading>
        <Text data-testid="intro">
          <Icon icon={InfoIcon} data-testid="info-icon" /> Du kan ansöka från att barnet är fyra månader.
        </Text>
        <Button href="/om" variant="primary" iconAfter={ChevronRightIcon} data-testid="button-link">
          Läs om tjänsten
        </Button>
        <Link href="/om" data-testid="link">
          Om tjänsten
        </Link>
        <ContactForm />
      </Stack>
    </Container>
  );
}
