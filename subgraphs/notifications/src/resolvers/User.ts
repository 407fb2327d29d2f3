import { pageSize } from '@zero/service';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { requireOwner } from './access';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  notifications: ({ id }, { first, after, unreadOnly }, ctx) => {
    requireOwner(ctx, id);
    return ctx.inbox.list(id, pageSize(first), after, unreadOnly ?? false);
  },
  unreadNotificationCount: ({ id }, _args, ctx) => {
    requireOwner(ctx, id);
    return ctx.loaders.unreadCount.load(id);
  },
};
