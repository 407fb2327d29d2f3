import { badInput, isId, requirePrivacyCoordinator } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireService } from './access';

/** The most ids one page of an announcement's audience holds. */
const MAX_AUDIENCE_PAGE = 1000;

export const Query: QueryResolvers = {
  profileDataExport: async (_p, { userId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) throw badInput('`userId` is not a user id');
    return JSON.stringify(await ctx.privacy.exportData(userId));
  },
  marketingAudience: (_p, { first, after }, ctx) => {
    requireService(ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIENCE_PAGE) throw badInput(`\`first\` must be between 1 and ${MAX_AUDIENCE_PAGE}`);
    if (after != null && !isId(after)) throw badInput('`after` is not a user id');
    return ctx.profiles.marketingAudience(first, after ?? null);
  },
};
