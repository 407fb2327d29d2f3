import { pageSize } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireAdmin } from './access';

export const Query: QueryResolvers = {
  deliveries: (_p, { first, after, status, userId }, ctx) => {
    requireAdmin(ctx);
    return ctx.log.list(pageSize(first), after, status, userId);
  },
};
