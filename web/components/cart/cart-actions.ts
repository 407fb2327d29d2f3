import { shopperClient } from '@/components/apollo/client';
import { getFragmentData } from '@/lib/gql';
import type { AddToCartMutationVariables } from '@/lib/gql/graphql';
import { AddToCartMutation, CartFields, CartQuery } from './cart-data';

/**
 * Adds a variant to the shopper's cart (a guest's cart is created by the storefront's server on the first add) and
 * puts the cart it returns in the cache, where the drawer and the header's count read it. Loaded on the first
 * "Add to cart", so a product page ships no Apollo Client until the shopper uses it.
 */
export async function addToCart(variables: Omit<AddToCartMutationVariables, 'cartId'>) {
  const { data } = await shopperClient().mutate({
    mutation: AddToCartMutation,
    variables,
    update(cache, { data }) {
      const cart = data?.addToCart.cart;
      if (cart) cache.writeQuery({ query: CartQuery, data: { __typename: 'Query', cart } });
    },
  });
  return data?.addToCart ?? null;
}

/** How many of a variant the shopper's cart holds, read afresh (the header's count follows); null when unknown. */
export async function quantityInCart(variantId: string): Promise<number | null> {
  try {
    const { data } = await shopperClient().query({ query: CartQuery, fetchPolicy: 'network-only' });
    return getFragmentData(CartFields, data?.cart)?.lines.find((line) => line.variant.id === variantId)?.quantity ?? 0;
  } catch {
    return null;
  }
}
