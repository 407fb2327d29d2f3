import { badInput, isId } from '@zero/service';

/**
 * Keyset cursors: the sort they belong to and the sort-key values of the last row seen, as base64url JSON.
 * Opaque to clients; a cursor of another sort, or a tampered one, is BAD_USER_INPUT.
 */
export type CursorValues = [string | number, string];

export function encodeCursor(sort: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

/** What the first value of a cursor must look like for each sort, so a forged one never reaches SQL casts. */
const SORT_VALUE_OK: Record<string, (value: unknown) => boolean> = {
  NEWEST: (v) => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)),
  PRICE_ASC: (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31 - 1,
  PRICE_DESC: (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31 - 1,
  NAME_ASC: (v) => typeof v === 'string' && v.length <= 500,
  RELEVANCE: (v) => typeof v === 'number' && Number.isFinite(v),
};

export function decodeCursor(sort: string, cursor: string): CursorValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('`after` is not a valid cursor');
  }
  const { s, v } = (parsed ?? {}) as { s?: unknown; v?: unknown };
  if (s !== sort) throw badInput('`after` belongs to another sort order; start again without it');
  if (!Array.isArray(v) || v.length !== 2 || !['string', 'number'].includes(typeof v[0]) || typeof v[1] !== 'string') {
    throw badInput('`after` is not a valid cursor');
  }
  if (typeof v[0] === 'number' && !Number.isFinite(v[0])) throw badInput('`after` is not a valid cursor');
  if (!isId(v[1]) || !SORT_VALUE_OK[sort]?.(v[0])) throw badInput('`after` is not a valid cursor');
  return [v[0], v[1]];
}
