import { forbidden, isId, requirePrivacyCoordinator, unauthenticated } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { CartResult } from '../services/cart-service';
import { actorOf, lookupOf } from './actor';

/**
 * A mutation changed a cart: the lines this request's loader cached for it are stale now — a later mutation or field
 * of the same request must read them again. (Variant prices and stock are not changed by a cart, so their cache stays:
 * one catalog call per request.)
 */
async function fresh(ctx: Context, change: Promise<CartResult>): Promise<CartResult> {
  const result = await change;
  if (result.cart) {
    ctx.loaders.lines.clear(result.cart.id);
  }
  return result;
}

export const Mutation: MutationResolvers = {
  createCart: (_p, _args, ctx) => ctx.carts.createGuestCart(),
  addToCart: (_p, { cartId, variantId, quantity }, ctx) => fresh(ctx, ctx.carts.addToCart(actorOf(ctx), cartId, variantId, quantity, lookupOf(ctx))),
  updateCartLine: (_p, { cartId, variantId, quantity }, ctx) =>
    fresh(ctx, ctx.carts.updateCartLine(actorOf(ctx), cartId, variantId, quantity, lookupOf(ctx))),
  removeFromCart: (_p, { cartId, variantId }, ctx) => fresh(ctx, ctx.carts.removeFromCart(actorOf(ctx), cartId, variantId)),
  clearCart: (_p, { cartId }, ctx) => fresh(ctx, ctx.carts.clearCart(actorOf(ctx), cartId)),
  removeOrderedLines: (_p, { cartId, orderId, lines }, ctx) => {
    if (!ctx.caller.issuer.startsWith('service:')) throw forbidden('Only services may call this');
    return ctx.carts.removeOrderedLines(cartId, orderId, lines);
  },
  eraseCartData: async (_p, { userId, erasureId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) return true;
    await ctx.privacy.erase(userId);
    ctx.logger.info({ erasureId, userId }, 'cart data erased');
    return true;
  },
  mergeCart: (_p, { guestCartId }, ctx) => {
    if (!ctx.viewer) throw unauthenticated('Sign in to merge a guest cart');
    return fresh(ctx, ctx.carts.mergeCart(ctx.viewer.id, guestCartId));
  },
};
