import type { ApolloCache } from '@apollo/client';
import { getFragmentData } from '@/lib/gql';
import { CartFields, CartQuery } from './cart-data';
import { useCartUi } from './cart-ui';

/**
 * Keeps the header's count in step with the cart in Apollo's cache: every read, mutation, refetch and optimistic
 * change of the cart (drawer, cart page, checkout) moves it. A cart the cache does not hold (yet, or after a reset)
 * leaves the count alone: the header keeps what the server rendered.
 */
export function followCartCount(cache: ApolloCache): () => void {
  return cache.watch({
    query: CartQuery,
    optimistic: true,
    callback(diff) {
      if (!diff.complete || !diff.result) return;
      useCartUi.getState().setCount(getFragmentData(CartFields, diff.result.cart)?.totalQuantity ?? 0);
    },
  });
}
