import { ERASED, isAdmin } from '@zero/service';
import type { UserResolvers } from '../__generated__/resolvers-types';
import type { UserRow } from '../db/schema';
import type { Context } from '../context';
import type { LoadedUser } from '../mappers';

/** A user's account is visible to that user, to admins and to services; to anyone else it does not exist. */
function visible(ctx: Context, id: string): boolean {
  const { viewer, caller } = ctx;
  return caller.issuer !== 'router' || viewer?.id === id || isAdmin(viewer);
}

async function load(ctx: Context, id: string): Promise<UserRow | null> {
  return visible(ctx, id) ? ctx.loaders.user.load(id) : null;
}

/**
 * An erased account, as records kept for accounting after it (an order's `customer`) still reach it through the router:
 * the id, the placeholder for the email, no roles, and when the account was created. Only through such a reference —
 * `me` and `user(id)` answer null for an erased account, and so does a reference from another service.
 */
async function erasedAccount(ctx: Context, id: string): Promise<LoadedUser | null> {
  const erasure = await ctx.loaders.erasure.load(id);
  return erasure ? { id, email: ERASED, roles: [], createdAt: erasure.accountCreatedAt ?? erasure.requestedAt } : null;
}

async function row(parent: LoadedUser | { id: string }, ctx: Context): Promise<LoadedUser | null> {
  return 'email' in parent ? parent : load(ctx, parent.id);
}

export const User: UserResolvers = {
  __resolveReference: async (ref, ctx) => {
    if (!visible(ctx, ref.id)) return null;
    const account = await ctx.loaders.user.load(ref.id);
    // The placeholder is for people reading kept records through the API (an admin's order list); a service asking
    // for an account (notifications, for an address to write to) learns that there is none.
    return account ?? (ctx.caller.issuer === 'router' ? erasedAccount(ctx, ref.id) : null);
  },
  email: async (parent, _args, ctx) => (await row(parent, ctx))!.email,
  roles: async (parent, _args, ctx) => ((await row(parent, ctx))!.roles as ('CUSTOMER' | 'ADMIN')[]),
  createdAt: async (parent, _args, ctx) => (await row(parent, ctx))!.createdAt,
};
