import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireAdmin, requireService, requireViewer } from './access';

export const Mutation: MutationResolvers = {
  markNotificationsRead: (_p, { ids }, ctx) => ctx.inbox.markRead(requireViewer(ctx).id, ids),
  sendAnnouncement: (_p, { input }, ctx) => ctx.announcements.send(requireAdmin(ctx).id, input),
  recordNotificationEvent: (_p, { event }, ctx) => {
    requireService(ctx);
    return ctx.intake.record(event);
  },
};
