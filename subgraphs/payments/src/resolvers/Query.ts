import { badInput, isId, requirePrivacyCoordinator } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { canSeePayment, viewerId } from './access';

export const Query: QueryResolvers = {
  paymentDataExport: async (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return JSON.stringify(await ctx.privacy.exportData(userId));
  },
  payment: async (_p, { id }, ctx) => {
    viewerId(ctx);
    const payment = await ctx.loaders.payment.load(id);
    return payment && canSeePayment(payment, ctx) ? payment : null;
  },
};
