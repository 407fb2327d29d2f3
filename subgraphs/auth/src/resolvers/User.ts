import { isAdmin } from '@zero/service';
import type { UserResolvers } from '../__generated__/resolvers-types';
import type { UserRow } from '../db/schema';
import type { Context } from '../context';

/** A user's account is visible to that user, to admins and to services; to anyone else it does not exist. */
async function load(ctx: Context, id: string): Promise<UserRow | null> {
  const { viewer, caller } = ctx;
  const allowed = caller.issuer !== 'router' || viewer?.id === id || isAdmin(viewer);
  return allowed ? ctx.loaders.user.load(id) : null;
}

async function row(parent: UserRow | { id: string }, ctx: Context): Promise<UserRow | null> {
  return 'email' in parent ? parent : load(ctx, parent.id);
}

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => load(ctx, ref.id),
  email: async (parent, _args, ctx) => (await row(parent, ctx))!.email,
  roles: async (parent, _args, ctx) => ((await row(parent, ctx))!.roles as ('CUSTOMER' | 'ADMIN')[]),
  createdAt: async (parent, _args, ctx) => (await row(parent, ctx))!.createdAt,
};
