// Server Component layout: the documented CSS setup (tokens and base once, each component's CSS
// arrives with its JS) and the provider. `next/link` is a client reference, so a Server
// Component may hand it to GbgProvider as `linkComponent`.
import '@goteborgsstad/tokens/tokens.css';
import '@goteborgsstad/react/base.css';
import NextLink from 'next/link';
import { GbgProvider } from '@goteborgsstad/react';

export const metadata = { title: 'Ansök om förskoleplats – Göteborgs Stad' };

export default function RootLayout({ children }) {
  return (
    <html lang="sv">
      <body>
        <GbgProvider theme="light" locale="sv" linkComponent={NextLink}>
          {children}
        </GbgProvider>
      </body>
    </html>
  );
}
