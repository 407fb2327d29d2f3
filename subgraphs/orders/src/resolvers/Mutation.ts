import { forbidden, isAdmin, isId, requirePrivacyCoordinator, unauthenticated } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireService } from './guards';

export const Mutation: MutationResolvers = {
  placeOrder: (_p, { input }, { viewer, orders }) => {
    if (!viewer) throw unauthenticated();
    return orders.placeOrder(viewer, input);
  },
  cancelOrder: (_p, { id, reason }, { viewer, orders }) => {
    if (!viewer) throw unauthenticated();
    return orders.cancelOrder(viewer, id, reason);
  },
  updateOrderStatus: (_p, { id, status, note }, { viewer, orders }) => {
    if (!viewer) throw unauthenticated();
    if (!isAdmin(viewer)) throw forbidden();
    return orders.updateStatus(viewer, id, status, note);
  },
  recordOrderPayment: (_p, { orderId, paymentId }, ctx) => {
    requireService(ctx);
    return ctx.orders.recordPayment(orderId, paymentId);
  },
  eraseOrderData: async (_p, { userId, erasureId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) return true;
    await ctx.privacy.erase(userId);
    ctx.logger.info({ erasureId, userId }, 'order data erased');
    return true;
  },
  recordOrderRefund: (_p, { orderId, fullyRefunded }, ctx) => {
    requireService(ctx);
    return ctx.orders.recordRefund(orderId, fullyRefunded);
  },
};
