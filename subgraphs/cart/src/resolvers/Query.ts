import { badInput, isId, requirePrivacyCoordinator } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { actorOf } from './actor';

export const Query: QueryResolvers = {
  cartDataExport: async (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return JSON.stringify(await ctx.privacy.exportData(userId));
  },
  cart: (_p, { id }, ctx) => {
    if (id != null) return ctx.carts.find(id, actorOf(ctx));
    return ctx.viewer ? ctx.carts.ownCart(ctx.viewer.id) : null;
  },
};
