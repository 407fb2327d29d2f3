import type { QueryResolvers } from '../__generated__/resolvers-types';
import { actorOf } from './actor';

export const Query: QueryResolvers = {
  cart: (_p, { id }, ctx) => {
    if (id != null) return ctx.carts.find(id, actorOf(ctx));
    return ctx.viewer ? ctx.carts.ownCart(ctx.viewer.id) : null;
  },
};
