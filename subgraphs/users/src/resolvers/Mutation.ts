import { isId, requirePrivacyCoordinator, unauthenticated } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { requireService } from './access';

function owner({ viewer }: Context): string {
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

export const Mutation: MutationResolvers = {
  updateProfile: (_p, { input }, ctx) => ctx.profiles.updateProfile(owner(ctx), input),
  addAddress: (_p, { input }, ctx) => ctx.profiles.addAddress(owner(ctx), input),
  updateAddress: (_p, { id, input }, ctx) => ctx.profiles.updateAddress(owner(ctx), id, input),
  deleteAddress: (_p, { id }, ctx) => ctx.profiles.deleteAddress(owner(ctx), id),
  setDefaultAddress: (_p, { id, kind }, ctx) => ctx.profiles.setDefaultAddress(owner(ctx), id, kind),
  updatePreferences: (_p, { input }, ctx) => ctx.profiles.updatePreferences(owner(ctx), input),
  recordRegisteredName: (_p, { userId, firstName, lastName }, ctx) => {
    requireService(ctx);
    return isId(userId) ? ctx.profiles.recordRegisteredName(userId, firstName, lastName ?? null) : false;
  },
  eraseProfileData: async (_p, { userId, erasureId }, ctx) => {
    requirePrivacyCoordinator(ctx.caller);
    if (!isId(userId)) return true;
    await ctx.privacy.erase(userId);
    ctx.logger.info({ erasureId, userId }, 'profile data erased');
    return true;
  },
  unsubscribeMarketing: (_p, { userId }, ctx) => {
    requireService(ctx);
    return isId(userId) ? ctx.profiles.unsubscribeMarketing(userId) : false;
  },
};
