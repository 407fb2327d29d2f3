/**
 * Keyset cursors of lists ordered newest first by (a timestamp, an id): the position of the last row seen, as
 * base64url JSON `[iso timestamp, id]`. Opaque to clients; anything this module did not write is refused before it
 * reaches SQL, where a forged value would be a database error (an INTERNAL_SERVER_ERROR) instead of the client's
 * BAD_USER_INPUT.
 */
import { isId } from './ids';

export interface TimeIdPosition {
  at: Date;
  id: string;
}

/**
 * A timestamp exactly as `Date#toISOString` writes one for years 1–9999 (UTC, milliseconds). What `Date.parse`
 * reads besides — "x 1", "March 7", another zone, years beyond PostgreSQL's range such as -001000 or +275760 — is
 * refused; year 0000 does not exist for PostgreSQL.
 */
const ISO_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether `value` is a timestamp this platform writes: the format above, and a real day and time (no 30 February). */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

export function encodeTimeIdCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** The position a cursor names, or null when it is not one {@link encodeTimeIdCursor} wrote. */
export function decodeTimeIdCursor(cursor: string): TimeIdPosition | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [at, id] = parsed as unknown[];
  return isIsoTimestamp(at) && typeof id === 'string' && isId(id) ? { at: new Date(at), id } : null;
}
