// The documented way to load CSS in a bundled app: tokens.css (and the optional base.css) once;
// each component's own CSS arrives with its JS import. No styles.css.
import '@goteborgsstad/tokens/tokens.css';
import '@goteborgsstad/react/base.css';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, GbgProvider, Radio, RadioGroup, Select, Stack, TextField } from '@goteborgsstad/react';

function FormPage() {
  return (
    <GbgProvider theme="light" locale="sv">
      <form>
        <Stack gap="4">
          <TextField label="E-postadress" type="email" name="email" />
          <Checkbox label="Jag vill få nyhetsbrevet" name="news" />
          <RadioGroup legend="Hur vill du bli kontaktad?" name="contact" defaultValue="email">
            <Radio value="email" label="E-post" />
            <Radio value="phone" label="Telefon" />
            <Radio value="letter" label="Brev" />
          </RadioGroup>
          <Select
            label="Stadsområde"
            options={[
              { value: 'centrum', label: 'Centrum' },
              { value: 'hisingen', label: 'Hisingen' },
            ]}
          />
          <Button type="submit" variant="primary">
            Skicka
          </Button>
        </Stack>
      </form>
    </GbgProvider>
  );
}

createRoot(document.getElementById('root')).render(<FormPage />);
