import { STORE_CURRENCY } from '@zero/service';
import type { CartLineMapper } from '../mappers';
import type { CartResolvers, CartLineResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { CartRow } from '../db/schema';
import { lookupOf } from './actor';

/**
 * The cart's lines priced at the catalog's current prices (one catalog call per request, through the loader).
 * A variant the catalog no longer knows cannot be priced or shown, so its line is left out. A variant whose product
 * was archived is still shown, at its last price (its `product.archived` says why): checkout refuses it by name
 * until the shopper removes it, rather than drop it from the order unseen.
 */
async function pricedLines(cart: CartRow, ctx: Context): Promise<CartLineMapper[]> {
  const lines = await ctx.loaders.lines.load(cart.id);
  const variants = await lookupOf(ctx)(lines.map((line) => line.variantId));
  return lines.flatMap((line, i) => (variants[i] ? [{ ...line, variant: variants[i]! }] : []));
}

export const Cart: CartResolvers = {
  lines: (cart, _args, ctx) => pricedLines(cart, ctx),
  totalQuantity: async (cart, _args, ctx) => (await pricedLines(cart, ctx)).reduce((sum, line) => sum + line.quantity, 0),
  subtotal: async (cart, _args, ctx) => {
    const lines = await pricedLines(cart, ctx);
    return {
      amount: lines.reduce((sum, line) => sum + line.variant.price.amount * line.quantity, 0),
      currency: lines[0]?.variant.price.currency ?? STORE_CURRENCY,
    };
  },
};

export const CartLine: CartLineResolvers = {
  variant: (line) => ({ id: line.variantId }),
  unitPrice: (line) => line.variant.price,
  lineTotal: (line) => ({ amount: line.variant.price.amount * line.quantity, currency: line.variant.price.currency }),
};
