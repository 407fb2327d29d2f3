import { forbidden, isAdmin, unauthenticated, type Viewer } from '@zero/service';
import type { Context } from '../context';

/** Admin operations: the router enforces `@requiresScopes`, and the subgraph checks again. */
export function requireAdmin({ viewer }: Context): Viewer {
  if (!viewer) throw unauthenticated();
  if (!isAdmin(viewer)) throw forbidden('Only admins may do this');
  return viewer;
}

/** The internal reservation API: only other services (issuer `service:<name>`), never the router's clients. */
export function requireService({ caller }: Context): string {
  if (!caller.issuer.startsWith('service:')) throw forbidden('Only platform services may manage stock reservations');
  return caller.issuer;
}

/** Admin-only fields may also be read by services. */
export function requireAdminOrService(ctx: Context): void {
  if (ctx.caller.issuer.startsWith('service:')) return;
  requireAdmin(ctx);
}
