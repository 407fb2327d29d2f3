import { badInput, isId } from '@zero/service';

/** A keyset cursor over rows listed newest first: the last row's creation time and id, opaque to clients. */
export interface Position {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Position): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

/** The position an `after` argument names; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (!Number.isNaN(createdAt.getTime()) && typeof id === 'string' && isId(id)) return { createdAt, id };
  } catch {
    // not JSON: not ours
  }
  throw badInput('`after` is not a cursor of this connection');
}

/** A connection page from `first + 1` rows fetched newest first. */
export function page<T extends Position>(rows: T[], first: number, totalCount: number) {
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null },
    totalCount,
  };
}
