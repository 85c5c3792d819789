// Server Component layout: the documented CSS setup (tokens and base once, each component's CSS
// arrives with its JS) and the client-side providers.
import '@goteborgsstad/tokens/tokens.css';
import '@goteborgsstad/react/base.css';
import { Providers } from './providers.jsx';

export const metadata = { title: 'Ansök om förskoleplats – Göteborgs Stad' };

export default function RootLayout({ children }) {
  return (
    <html lang="sv">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
