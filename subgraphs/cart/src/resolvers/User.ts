import { isAdmin } from '@zero/service';
import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  /** Only the user, an admin or a service sees a user's cart; to anyone else it is missing, not forbidden. */
  cart: ({ id }, _args, ctx) => {
    if (ctx.caller.issuer === 'router' && ctx.viewer?.id !== id && !isAdmin(ctx.viewer)) return null;
    return ctx.loaders.cartByUser.load(id);
  },
};
