import { badInput, isId, pageSize, requirePrivacyCoordinator } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireAdmin } from './access';

export const Query: QueryResolvers = {
  notificationDataExport: async (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return JSON.stringify(await ctx.privacy.exportData(userId));
  },
  deliveries: (_p, { first, after, status, userId }, ctx) => {
    requireAdmin(ctx);
    return ctx.log.list(pageSize(first), after, status, userId);
  },
};
