import { isId, requirePrivacyCoordinator } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireAdmin, requireService, requireViewer } from './access';

export const Mutation: MutationResolvers = {
  markNotificationsRead: (_p, { ids }, ctx) => ctx.inbox.markRead(requireViewer(ctx).id, ids),
  sendAnnouncement: (_p, { input }, ctx) => ctx.announcements.send(requireAdmin(ctx).id, input),
  recordNotificationEvent: (_p, { event }, ctx) => {
    requireService(ctx);
    return ctx.intake.record(event);
  },
  eraseNotificationData: async (_p, { userId, erasureId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) return true;
    await ctx.privacy.erase(userId);
    ctx.logger.info({ erasureId, userId }, 'notification data erased');
    return true;
  },
};
