import { badInput, isAdmin, isId, pageSize, requirePrivacyCoordinator, unauthenticated } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireService } from './guards';

export const Query: QueryResolvers = {
  openOrderCount: (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return ctx.privacy.openOrderCount(userId);
  },
  orderDataExport: async (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return JSON.stringify(await ctx.privacy.exportData(userId));
  },
  order: async (_p, { id }, { viewer, loaders }) => {
    if (!viewer) return null; // the contract's "owner or admin, else null": anonymous callers included
    const order = await loaders.order.load(id);
    // Another shopper's order is indistinguishable from a missing one.
    return order && (order.customerId === viewer.id || isAdmin(viewer)) ? order : null;
  },
  orders: (_p, { first, after, status }, { viewer, orders }) => {
    if (!viewer) throw unauthenticated();
    return orders.list(isAdmin(viewer) ? null : viewer.id, pageSize(first), after, status);
  },
  checkoutQuote: (_p, { shippingAddressId, shippingAddress }, { viewer, orders }) => {
    if (!viewer) throw unauthenticated();
    return orders.quote(viewer, { shippingAddressId, shippingAddress });
  },
  orderForPayment: (_p, { id }, ctx) => {
    requireService(ctx);
    return ctx.loaders.order.load(id);
  },
};
