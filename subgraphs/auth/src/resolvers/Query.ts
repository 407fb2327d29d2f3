import { forbidden, isAdmin, unauthenticated } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  me: (_parent, _args, { viewer, loaders }) => (viewer ? loaders.user.load(viewer.id) : null),
  user: (_parent, { id }, { viewer, loaders }) => {
    // The router enforces @requiresScopes; the subgraph checks again in case it is ever reached another way.
    if (!viewer) throw unauthenticated();
    if (!isAdmin(viewer)) throw forbidden();
    return UUID.test(id) ? loaders.user.load(id) : null;
  },
};
