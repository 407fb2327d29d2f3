import { forbidden, isAdmin } from '@zero/service';
import type { UserResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { DEFAULT_PREFERENCES } from '../services/profile-service';

/** Only the user, an admin or a service may read a user's profile data. */
function assertCanRead(userId: string, { viewer, caller }: Context): void {
  if (caller.issuer !== 'router' || viewer?.id === userId || isAdmin(viewer)) return;
  throw forbidden("You cannot read another user's profile");
}

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  profile: async ({ id }, _args, ctx) => {
    assertCanRead(id, ctx);
    const row = await ctx.loaders.profile.load(id);
    return { firstName: row?.firstName ?? null, lastName: row?.lastName ?? null, phone: row?.phone ?? null };
  },
  addresses: ({ id }, _args, ctx) => {
    assertCanRead(id, ctx);
    return ctx.loaders.addresses.load(id);
  },
  preferences: async ({ id }, _args, ctx) => {
    assertCanRead(id, ctx);
    const row = await ctx.loaders.preferences.load(id);
    return row ?? { ...DEFAULT_PREFERENCES };
  },
};
