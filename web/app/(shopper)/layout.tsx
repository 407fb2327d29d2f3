import type { ReactNode } from 'react';
import { ApolloProvider } from '@/components/apollo/provider';

/**
 * The shopper's own pages (cart, sign-in, checkout, account, admin) read and change their data with Apollo Client in
 * the browser. Catalog pages (home, listings, products) sit outside this group and ship no Apollo Client at all:
 * their header, listings and product details are server-rendered, and the cart's code loads when it is first used.
 */
export default function ShopperLayout({ children }: { children: ReactNode }) {
  return <ApolloProvider>{children}</ApolloProvider>;
}
