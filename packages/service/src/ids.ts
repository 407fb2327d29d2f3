/**
 * The platform's ids are UUIDs, opaque to clients. Anything else names nothing: it is answered as not found (never as
 * an error that tells the format), and it must not reach a uuid column, where it would be a database error.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be one of our ids. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
