import { badInput, decodeTimeIdCursor, encodeTimeIdCursor } from '@zero/service';

/** A keyset cursor over rows listed newest first: the last row's creation time and id, opaque to clients. */
export interface Position {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Position): string {
  return encodeTimeIdCursor(row.createdAt, row.id);
}

/** The position an `after` argument names; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): Position {
  const position = decodeTimeIdCursor(cursor);
  if (!position) throw badInput('`after` is not a cursor of this connection');
  return { createdAt: position.at, id: position.id };
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
