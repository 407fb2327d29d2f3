import { forbidden, unauthenticated } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { actorOf, lookupOf } from './actor';

export const Mutation: MutationResolvers = {
  createCart: (_p, _args, ctx) => ctx.carts.createGuestCart(),
  addToCart: (_p, { cartId, variantId, quantity }, ctx) => ctx.carts.addToCart(actorOf(ctx), cartId, variantId, quantity, lookupOf(ctx)),
  updateCartLine: (_p, { cartId, variantId, quantity }, ctx) => ctx.carts.updateCartLine(actorOf(ctx), cartId, variantId, quantity, lookupOf(ctx)),
  removeFromCart: (_p, { cartId, variantId }, ctx) => ctx.carts.removeFromCart(actorOf(ctx), cartId, variantId),
  clearCart: (_p, { cartId }, ctx) => ctx.carts.clearCart(actorOf(ctx), cartId),
  removeOrderedLines: (_p, { cartId, orderId, lines }, ctx) => {
    if (!ctx.caller.issuer.startsWith('service:')) throw forbidden('Only services may call this');
    return ctx.carts.removeOrderedLines(cartId, orderId, lines);
  },
  mergeCart: (_p, { guestCartId }, ctx) => {
    if (!ctx.viewer) throw unauthenticated('Sign in to merge a guest cart');
    return ctx.carts.mergeCart(ctx.viewer.id, guestCartId);
  },
};
