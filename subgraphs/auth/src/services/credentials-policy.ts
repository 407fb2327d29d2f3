import { z } from 'zod';
import { ErrorCode, userError, type UserError } from '@zero/service';

/** bcrypt reads at most 72 bytes: longer passwords would be silently truncated, so they are refused. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 8;

/** Emails are compared case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailSchema = z.string().max(254).email();

/** Checks an email; null when acceptable. */
export function checkEmail(email: string, field: string[]): UserError | null {
  return emailSchema.safeParse(email).success ? null : userError(ErrorCode.INVALID_EMAIL, 'Enter a valid email address', field);
}

/** Checks the password policy: 8–72 bytes, a lower-case letter, an upper-case letter and a digit. */
export function checkPassword(password: string, field: string[]): UserError | null {
  const bytes = Buffer.byteLength(password, 'utf8');
  const problems: string[] = [];
  if (bytes < PASSWORD_MIN_LENGTH) problems.push(`at least ${PASSWORD_MIN_LENGTH} bytes`);
  if (bytes > PASSWORD_MAX_BYTES) problems.push(`at most ${PASSWORD_MAX_BYTES} bytes`);
  if (!/\p{Ll}/u.test(password)) problems.push('a lower-case letter');
  if (!/\p{Lu}/u.test(password)) problems.push('an upper-case letter');
  if (!/\p{Nd}/u.test(password)) problems.push('a digit');
  if (problems.length === 0) return null;
  return userError(ErrorCode.WEAK_PASSWORD, `The password needs ${problems.join(', ')}`, field);
}
