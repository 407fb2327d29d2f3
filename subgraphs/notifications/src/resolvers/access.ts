import { forbidden, isAdmin, unauthenticated, type Viewer } from '@zero/service';
import type { Context } from '../context';

/** The signed-in user; UNAUTHENTICATED otherwise. */
export function requireViewer({ viewer }: Context): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Admin fields: the router enforces `@requiresScopes`; the subgraph checks again in case it is reached another way. */
export function requireAdmin(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!isAdmin(viewer)) throw forbidden();
  return viewer;
}

/** Internal fields (`@inaccessible`) answer other services only. */
export function requireService({ caller }: Context): void {
  if (!caller.issuer.startsWith('service:')) throw forbidden('Only services may call this');
}

/** A user's inbox is theirs alone. */
export function requireOwner(ctx: Context, userId: string): void {
  if (requireViewer(ctx).id !== userId) throw forbidden("You cannot read another user's notifications");
}
