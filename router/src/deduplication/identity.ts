import type { Viewer } from '@zero/service';

/**
 * The part of a caller that can change an answer: the viewer (id and roles, as the router verified them from the
 * access token it forwards to subgraphs) and, at the router, the partner whose list and budget apply. Anonymous callers are all one identity,
 * whatever their address — no subgraph reads the address for a query (only `login`, a mutation, does).
 */
export function viewerKey(viewer: Viewer | null | undefined): string {
  return viewer ? `user:${viewer.id}:${[...viewer.roles].sort().join(',')}` : 'anonymous';
}

export function callerKey(viewer: Viewer | null | undefined, partnerId: string | null | undefined): string {
  return partnerId ? `partner:${partnerId}|${viewerKey(viewer)}` : viewerKey(viewer);
}
