import { forbidden, isAdmin, unauthenticated, type Viewer } from '@zero/service';
import type { Context } from '../context';

/** Admin fields: the router enforces `@requiresScopes`; the subgraph checks again in case it is reached another way. */
export function requireAdmin({ viewer }: Context): Viewer {
  if (!viewer) throw unauthenticated();
  if (!isAdmin(viewer)) throw forbidden();
  return viewer;
}

/**
 * The router's own internal fields (`@inaccessible`): only the router, asking for itself. A request it plans for a
 * client cannot name these fields, and so never carries a viewer here; one that does is not the router's own.
 */
export function requireRouter({ caller }: Context): void {
  if (caller.issuer !== 'router' || caller.viewer !== null) throw forbidden('Only the router may call this');
}
