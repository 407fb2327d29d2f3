import { isId, pageSize } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireAdmin, requireRouter } from './access';

export const Query: QueryResolvers = {
  me: (_parent, _args, { viewer, loaders }) => (viewer ? loaders.user.load(viewer.id) : null),
  user: (_parent, { id }, ctx) => {
    requireAdmin(ctx);
    return isId(id) ? ctx.loaders.user.load(id) : null;
  },
  apiClients: (_parent, _args, ctx) => {
    requireAdmin(ctx);
    return ctx.apiClients.list();
  },
  publicOperationList: (_parent, _args, ctx) => {
    requireAdmin(ctx);
    return ctx.apiClients.listSummary(null);
  },
  erasure: (_parent, { id }, ctx) => {
    requireAdmin(ctx);
    return ctx.privacy.erasure(id);
  },
  erasures: (_parent, { first, after, pendingOnly }, ctx) => {
    requireAdmin(ctx);
    return ctx.privacy.list(pageSize(first), after, pendingOnly ?? false);
  },
  apiClientByKey: (_parent, { key }, ctx) => {
    requireRouter(ctx);
    return ctx.apiClients.access(key);
  },
  operationList: (_parent, { clientId }, ctx) => {
    requireRouter(ctx);
    return ctx.apiClients.content(clientId ?? null);
  },
  tokenRevocations: (_parent, { since }, ctx) => {
    requireRouter(ctx);
    return ctx.auth.revocationsSince(since);
  },
  operationListVersion: async (_parent, { clientId }, ctx) => {
    requireRouter(ctx);
    return (await ctx.apiClients.listSummary(clientId ?? null))?.version ?? null;
  },
};
