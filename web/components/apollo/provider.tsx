'use client';

import { ApolloNextAppProvider } from '@apollo/client-integration-nextjs';
import type { ReactNode } from 'react';
import { shopperClient } from './client';

/** Gives its children the shopper's Apollo Client (one per browser tab, see `shopperClient`). */
export function ApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={shopperClient}>{children}</ApolloNextAppProvider>;
}
