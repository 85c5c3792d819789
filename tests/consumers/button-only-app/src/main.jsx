// Imports one component from the package entry and nothing else from the library.
import '@goteborgsstad/tokens/tokens.css';
import { createRoot } from 'react-dom/client';
import { Button } from '@goteborgsstad/react';

createRoot(document.getElementById('root')).render(
  <main>
    <Button data-testid="button">Skicka ansökan</Button>
  </main>,
);
