import { ErrorCode, userError, type UserError } from './errors';

/** The longest idempotency key a client may send (as Stripe allows), for every operation that takes one. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** A client's idempotency key, trimmed; `INVALID_INPUT` naming `field` when it is empty or too long. */
export function checkIdempotencyKey(raw: string, field: string[] = ['input', 'idempotencyKey']): { key: string; error: null } | { key: null; error: UserError } {
  const key = raw.trim();
  if (key.length >= 1 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH) return { key, error: null };
  return { key: null, error: userError(ErrorCode.INVALID_INPUT, `The idempotency key must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} characters`, field) };
}
