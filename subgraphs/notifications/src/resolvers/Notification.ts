import type { NotificationResolvers } from '../__generated__/resolvers-types';

export const Notification: NotificationResolvers = {
  // Another user's notification is indistinguishable from a missing one.
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.notification.load(ref.id);
    return row && row.userId === ctx.viewer?.id ? row : null;
  },
};
