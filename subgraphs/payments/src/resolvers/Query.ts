import type { QueryResolvers } from '../__generated__/resolvers-types';
import { canSeePayment, viewerId } from './access';

export const Query: QueryResolvers = {
  payment: async (_p, { id }, ctx) => {
    viewerId(ctx);
    const payment = await ctx.loaders.payment.load(id);
    return payment && canSeePayment(payment, ctx) ? payment : null;
  },
};
