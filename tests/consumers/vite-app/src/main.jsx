import '@goteborgsstad/tokens/tokens.css';
import '@goteborgsstad/react/base.css';
import { createRoot } from 'react-dom/client';
import { GbgProvider, useLocale, useStrings, vars } from '@goteborgsstad/react';
import './app.css';

/** Elements whose colours come from the design tokens through the theme contract. */
function Swatches({ id }) {
  const t = useStrings();
  return (
    <>
      <div data-testid={`${id}-brand`} style={{ backgroundColor: vars.color.brand.goteborgsbla }}>
        Göteborgsblå
      </div>
      <div data-testid={`${id}-action`} style={{ backgroundColor: vars.color.action.primary.background }}>
        action
      </div>
      <p data-testid={`${id}-strings`}>
        {useLocale()}: {t.common.close}
      </p>
    </>
  );
}

function App() {
  return (
    <main>
      <GbgProvider theme="light" data-testid="light">
        <Swatches id="light" />
      </GbgProvider>
      <GbgProvider theme="dark" locale="en" data-testid="dark">
        <Swatches id="dark" />
      </GbgProvider>
      <GbgProvider theme="dark" className="consumer-override" data-testid="override">
        <p>Appens egen klass vinner över bibliotekets.</p>
      </GbgProvider>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
