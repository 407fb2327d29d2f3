'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '@/lib/gql';
import type { CartFieldsFragment } from '@/lib/gql/graphql';

export const CartFields = graphql(`
  fragment CartFields on Cart {
    id
    totalQuantity
    subtotal { amount currency }
    lines {
      quantity
      unitPrice { amount currency }
      lineTotal { amount currency }
      variant {
        id
        title
        sku
        quantityAvailable
        product { id slug name archived images { url(width: 128) alt } }
      }
    }
  }
`);

/** `$cartId` is filled in by the storefront's server for a guest (the cart's secret stays in an httpOnly cookie). */
export const CartQuery = graphql(`
  query Cart($cartId: ID) {
    cart(id: $cartId) { ...CartFields }
  }
`);

export const AddToCartMutation = graphql(`
  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {
    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {
      cart { ...CartFields }
      userErrors { code message field }
    }
  }
`);

export const UpdateCartLineMutation = graphql(`
  mutation UpdateCartLine($cartId: ID, $variantId: ID!, $quantity: Int!) {
    updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {
      cart { ...CartFields }
      userErrors { code message field }
    }
  }
`);

export function useCart() {
  const result = useQuery(CartQuery, { fetchPolicy: 'cache-and-network' });
  const cart = getFragmentData(CartFields, result.data?.cart) ?? null;
  return { cart, loading: result.loading && !result.data, error: result.error, refetch: result.refetch };
}

/** The cart after setting one line's quantity, as the server will compute it: the optimistic answer. */
function withQuantity(cart: CartFieldsFragment, variantId: string, quantity: number): CartFieldsFragment {
  const lines = cart.lines
    .map((line) => (line.variant.id === variantId ? { ...line, quantity, lineTotal: { ...line.lineTotal, amount: line.unitPrice.amount * quantity } } : line))
    .filter((line) => line.quantity > 0);
  return {
    ...cart,
    lines,
    totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: { ...cart.subtotal, amount: lines.reduce((sum, line) => sum + line.lineTotal.amount, 0) },
  };
}

/** Changes a line's quantity (0 removes it) at once on screen; the server's answer then replaces the guess. */
export function useUpdateCartLine() {
  const [mutate, state] = useMutation(UpdateCartLineMutation);
  const update = (cart: CartFieldsFragment, variantId: string, quantity: number) =>
    mutate({
      variables: { variantId, quantity },
      optimisticResponse: {
        __typename: 'Mutation',
        updateCartLine: {
          __typename: 'CartPayload',
          // The fragment's fields, unmasked: the cache stores them as the server would send them.
          cart: withQuantity(cart, variantId, quantity) as never,
          userErrors: [],
        },
      },
    });
  return [update, state] as const;
}
