'use client';
// A component cannot be passed from a Server Component to a Client Component, so the router
// link is handed to GbgProvider here, in the app's one client boundary for providers.
import NextLink from 'next/link';
import { GbgProvider } from '@goteborgsstad/react';

export function Providers({ children }) {
  return (
    <GbgProvider theme="light" locale="sv" linkComponent={NextLink}>
      {children}
    </GbgProvider>
  );
}
