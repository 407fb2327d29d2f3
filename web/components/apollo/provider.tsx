'use client';

import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import { Observable } from 'rxjs';
import type { ReactNode } from 'react';

/**
 * Apollo Client in the browser, for the shopper's own data (cart, checkout, account). It talks only to this
 * storefront's /api/graphql, which adds the session from httpOnly cookies and sends the persisted operation to the
 * router. Shopper data is never fetched during server rendering (the server render has no session to use): there
 * the link stays pending, so the server and the first browser render agree on a loading state.
 */
function makeClient() {
  const link =
    typeof window === 'undefined'
      ? new ApolloLink(() => new Observable(() => undefined))
      : new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    cache: new InMemoryCache({ typePolicies: { Cart: { fields: { lines: { merge: false } } } } }),
    link,
  });
}

export function ApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
