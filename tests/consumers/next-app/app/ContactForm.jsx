'use client';
import { useState } from 'react';
import { Button, Stack, TextField, Text } from '@goteborgsstad/react';

/** The page's one piece of client state: a small form that thanks the sender. */
export function ContactForm() {
  const [sent, setSent] = useState('');
  return (
    <form
      data-testid="form"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(String(new FormData(event.currentTarget).get('name') ?? ''));
      }}
    >
      <Stack gap="4">
        <TextField label="Ditt namn" name="name" required />
        <Button type="submit" variant="secondary">
          Skicka
        </Button>
        {sent ? <Text data-testid="thanks">Tack, {sent}!</Text> : null}
      </Stack>
    </form>
  );
}
