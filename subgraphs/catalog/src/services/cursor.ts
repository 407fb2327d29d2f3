import { badInput, isId, isIsoTimestamp } from '@zero/service';

/**
 * Keyset cursors: the sort they belong to and the sort-key values of the last row seen, as base64url JSON.
 * Opaque to clients; a cursor of another sort, or a tampered one, is BAD_USER_INPUT.
 */
export type CursorValues = [string | number, string];

export function encodeCursor(sort: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

/**
 * The `real` range PostgreSQL casts a relevance to: above the largest float4 or so small it would round to zero is
 * "out of range". Denormals are left out too (their rounding is the C library's); ts_rank is never one, nor negative.
 */
const REAL_MAX = 3.4028234663852886e38;
const REAL_MIN_NORMAL = 1.1754943508222875e-38;

/** A product name as a cursor holds it: PostgreSQL text never holds NUL; 500 leaves room above the 200 of today. */
function isName(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 500 && !value.includes('\u0000');
}

/** A price as the catalog stores it: an `int` of cents, never negative. */
function isPrice(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 2 ** 31 - 1;
}

/**
 * What the first value of a cursor must look like for each sort: only what the catalog itself writes, so a forged
 * one never reaches SQL casts (where it would be a database error, an INTERNAL_SERVER_ERROR, instead of the
 * client's BAD_USER_INPUT).
 */
const SORT_VALUE_OK: Record<string, (value: unknown) => boolean> = {
  NEWEST: isIsoTimestamp,
  PRICE_ASC: isPrice,
  PRICE_DESC: isPrice,
  NAME_ASC: isName,
  RELEVANCE: (v) => typeof v === 'number' && (v === 0 || (v >= REAL_MIN_NORMAL && v <= REAL_MAX)),
};

/** The sort-key values of a cursor of `sort`; BAD_USER_INPUT for anything the catalog would not have written. */
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
  if (!isId(v[1]) || !SORT_VALUE_OK[sort]?.(v[0])) throw badInput('`after` is not a valid cursor');
  return [v[0], v[1]];
}
