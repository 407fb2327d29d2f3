import { isId, requirePrivacyCoordinator } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { assertAdmin, assertService, viewerId } from './access';

export const Mutation: MutationResolvers = {
  addPaymentMethod: (_p, { input }, ctx) => ctx.methods.add(viewerId(ctx), input),
  removePaymentMethod: (_p, { id }, ctx) => ctx.methods.remove(viewerId(ctx), id),
  payOrder: (_p, { input }, ctx) => ctx.payments.payOrder(viewerId(ctx), input),
  refundPayment: (_p, { paymentId, amount, reason }, ctx) => ctx.payments.refundPayment(assertAdmin(ctx), paymentId, amount, reason),
  refundOrderPayments: (_p, { orderId, reason }, ctx: Context) => {
    assertService(ctx);
    return ctx.payments.refundOrderPayments(ctx.caller.issuer, orderId, reason);
  },
  erasePaymentData: async (_p, { userId, erasureId }, ctx: Context) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) return true;
    await ctx.privacy.erase(userId);
    ctx.logger.info({ erasureId, userId }, 'payment data erased');
    return true;
  },
};
