import '@goteborgsstad/tokens/tokens.css';
import '@goteborgsstad/react/base.css';
import { forwardRef } from 'react';
import { Link as RouterLink, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import { GbgProvider } from '@goteborgsstad/react';

// React Router's Link takes `to`; our components hand the link component `href`.
const AppLink = forwardRef(function AppLink({ href, ...props }, ref) {
  return <RouterLink ref={ref} to={href} {...props} />;
});

export function Layout({ children }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>Ansök om förskoleplats – Göteborgs Stad</title>
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <GbgProvider theme="light" locale="sv" linkComponent={AppLink}>
      <Outlet />
    </GbgProvider>
  );
}
