import { isAdmin, STORE_CURRENCY } from '@zero/service';
import type { OrderResolvers, PaymentResolvers, UserResolvers } from '../__generated__/resolvers-types';
import { canSeePayment, isService } from './access';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  paymentMethods: ({ id }, _args, ctx) => {
    // Another shopper's cards look like none at all: no enumeration.
    if (!(isService(ctx) || isAdmin(ctx.viewer) || ctx.viewer?.id === id)) return [];
    return ctx.loaders.methodsByUser.load(id);
  },
};

export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // Another shopper's order shows no payments: it is not theirs to see.
  payments: async ({ id }, _args, ctx) => (await ctx.loaders.paymentsByOrder.load(id)).filter((payment) => canSeePayment(payment, ctx)),
};

export const Payment: PaymentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const payment = await ctx.loaders.payment.load(ref.id);
    return payment && canSeePayment(payment, ctx) ? payment : null;
  },
  order: (payment) => ({ id: payment.orderId }),
  amount: (payment) => ({ amount: payment.amount, currency: payment.currency || STORE_CURRENCY }),
  refunded: (payment) => ({ amount: payment.refunded, currency: payment.currency || STORE_CURRENCY }),
  method: (payment, _args, ctx) => ctx.loaders.method.load(payment.paymentMethodId),
};
