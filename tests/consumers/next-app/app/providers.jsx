'use client';
// A component cannot be passed from a Server Component to a Client Component, and `next/link`
// imported in a Server Component is a plain function there (not a client reference): passing it
// from layout.jsx fails `next build` with "Functions cannot be passed directly to Client
// Components". So the router link is handed to GbgProvider here, in a client file.
import NextLink from 'next/link';
import { GbgProvider } from '@goteborgsstad/react';

export function Providers({ children }) {
  return (
    <GbgProvider theme="light" locale="sv" linkComponent={NextLink}>
      {children}
    </GbgProvider>
  );
}
