import { forbidden, isAdmin, unauthenticated } from '@zero/service';
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
  recordOrderRefund: (_p, { orderId, fullyRefunded }, ctx) => {
    requireService(ctx);
    return ctx.orders.recordRefund(orderId, fullyRefunded);
  },
};
