import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache } from '@apollo/client-integration-nextjs';
import { relayStylePagination } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { followCartCount } from '@/components/cart/cart-count';

function makeClient(link: ApolloLink) {
  return new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: {
        Cart: { fields: { lines: { merge: false } } },
        // The inbox's keyset pages ("Load more") append to one list per filter.
        User: { fields: { notifications: relayStylePagination(['unreadOnly']) } },
      },
    }),
    link,
  });
}

let browserClient: ApolloClient | undefined;

/**
 * Apollo Client for the shopper's own data (cart, checkout, account). In the browser there is one, created on first
 * use — by a page of the shopper group, the cart drawer, or "Add to cart" — so catalog pages never load it before
 * the shopper acts. It talks only to this storefront's /api/graphql, which adds the session from httpOnly cookies
 * and sends the persisted operation to the router.
 *
 * Shopper data is never fetched during server rendering (the shopper's pages render their loading state there): on
 * the server each render gets a client whose link stays pending, so the server and the first browser render agree.
 */
export function shopperClient(): ApolloClient {
  if (typeof window === 'undefined') return makeClient(new ApolloLink(() => new Observable(() => undefined)));
  if (!browserClient) {
    browserClient = makeClient(new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' }));
    followCartCount(browserClient.cache);
  }
  return browserClient;
}
