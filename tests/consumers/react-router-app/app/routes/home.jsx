import { useState } from 'react';
import { Button, Container, Heading, Link, Stack, Text, TextField } from '@goteborgsstad/react';
import { ChevronRightIcon } from '@goteborgsstad/icons';

export default function Home() {
  const [name, setName] = useState('');
  return (
    <Container as="main" data-testid="main">
      <Stack gap="6">
        <Heading level={1}>Ansök om förskoleplats</Heading>
        <Text>Du kan ansöka från att barnet är fyra månader.</Text>
        <Link href="/om" data-testid="link">
          Om tjänsten
        </Link>
        <Button href="/om" iconAfter={ChevronRightIcon} data-testid="button-link">
          Läs om tjänsten
        </Button>
        <TextField label="Ditt namn" value={name} onChange={(event) => setName(event.target.value)} />
        <Text data-testid="echo">{name ? `Hej, ${name}!` : 'Skriv ditt namn.'}</Text>
      </Stack>
    </Container>
  );
}
