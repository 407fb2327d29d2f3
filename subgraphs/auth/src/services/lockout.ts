import { createHash } from 'node:crypto';
import { and, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { deleteInBatches, type Database } from '@zero/service';
import { loginFailures, type tables } from '../db/schema';

/**
 * The sign-in lockout: 5 failed attempts for one email within 15 minutes lock that email for 15 minutes, even for the
 * right password. Failures are counted per (normalised) email whether or not an account has it, so a lock — and every
 * other answer — is the same for an email with an account and one without: trying tells nobody which emails are
 * registered. Emails are kept only as SHA-256 hashes, so the table holds no address of people without an account.
 */
export const LOCKOUT = {
  attempts: 5,
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

type Db = Database<typeof tables>;

/** The key of an email's row (the caller normalises the email). */
export function keyOf(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

export class Lockout {
  constructor(private readonly db: Db) {}

  /** Until when the email is locked, or null when it is not. */
  async lockedUntil(email: string): Promise<Date | null> {
    const [row] = await this.db
      .select({ lockedUntil: loginFailures.lockedUntil })
      .from(loginFailures)
      .where(and(eq(loginFailures.emailHash, keyOf(email)), gt(loginFailures.lockedUntil, sql`now()`)));
    return row?.lockedUntil ?? null;
  }

  /**
   * Counts a failed sign-in, locking the email when it makes 5 within the last 15 minutes — a sliding window: the
   * failures' times are kept, so 4 at the end of one quarter of an hour and 1 at the start of the next lock as well.
   * One atomic statement, so concurrent failures all count.
   */
  async recordFailure(email: string): Promise<void> {
    const recent = sql`ARRAY(SELECT t FROM unnest(${loginFailures.recentFailures} || now()) AS t WHERE t > now() - make_interval(mins => ${LOCKOUT.windowMinutes}) ORDER BY t)`;
    const lockFor = sql`now() + make_interval(mins => ${LOCKOUT.lockMinutes})`;
    await this.db
      .insert(loginFailures)
      .values({ emailHash: keyOf(email), failures: 1, windowStart: sql`now()`, recentFailures: sql`ARRAY[now()]` })
      .onConflictDoUpdate({
        target: loginFailures.emailHash,
        set: {
          recentFailures: recent,
          failures: sql`cardinality(${recent})`,
          windowStart: sql`now()`,
          lockedUntil: sql`CASE WHEN cardinality(${recent}) >= ${LOCKOUT.attempts} THEN ${lockFor} ELSE ${loginFailures.lockedUntil} END`,
        },
      });
  }

  /**
   * After a successful sign-in: forgets the failures — unless a concurrent failure locked the email since it was
   * checked, in which case the lock stands and its end is returned.
   */
  async succeeded(email: string): Promise<Date | null> {
    const key = keyOf(email);
    await this.db
      .delete(loginFailures)
      .where(and(eq(loginFailures.emailHash, key), or(isNull(loginFailures.lockedUntil), lte(loginFailures.lockedUntil, sql`now()`))));
    return this.lockedUntil(email);
  }

  /** Lifts any lock and forgets the failures (an admin reset the account). */
  async clear(email: string): Promise<void> {
    await this.db.delete(loginFailures).where(eq(loginFailures.emailHash, keyOf(email)));
  }

  /**
   * Deletes rows whose last failure is older than the window and whose lock is over: none of their failures can count
   * any more, so they no longer change any answer. Returns how many.
   */
  purgeExpired(): Promise<number> {
    const windowOver = lt(loginFailures.windowStart, sql`now() - make_interval(mins => ${LOCKOUT.windowMinutes})`);
    const lockOver = or(isNull(loginFailures.lockedUntil), lte(loginFailures.lockedUntil, sql`now()`));
    return deleteInBatches(this.db, loginFailures, and(windowOver, lockOver)!);
  }
}
