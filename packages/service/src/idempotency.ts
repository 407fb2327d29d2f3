import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import type { Job } from './jobs';
import { deleteInBatches } from './retention';

/**
 * Idempotency keys: one request per (scope, key). The first caller claims the key and runs; concurrent and later
 * callers with the same key and the same request fingerprint wait for, then get, the same result; another request
 * under a used key is refused.
 *
 * A claim is a lease: its holder renews it every third of {@link CLAIM_LEASE_MS} while it runs, so a claim left by a
 * process that died (killed mid-request, say) lapses within seconds and the next request with the key takes it over
 * and completes. A caller that finds a live claim waits up to {@link CLAIM_WAIT_MS} for its result, then gets
 * `{ kind: 'busy' }` — a clear "still being processed, retry" rather than a long poll ending in a server error.
 *
 * A subgraph that uses it adds `idempotencyKeys` to its drizzle tables.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** Id of what the request produced (an order, a payment); null while it runs. */
    resultId: text('result_id'),
    /** Who holds the claim now: only that request may complete or drop it (a taken-over claim's first owner may not). */
    claimToken: text('claim_token').notNull().default(''),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    // The retention job finds keys by age.
    index('idempotency_keys_claimed_idx').on(t.claimedAt),
  ],
);

/** A claim not renewed for this long belongs to a holder that died. Its holder renews it every third of this. */
export const CLAIM_LEASE_MS = 6_000;
/**
 * How long a caller waits for a live claim's result before it is told to retry: longer than a checkout normally takes,
 * so a double click gets the first click's result; longer than the lease, so a retry after a crash completes in one
 * call; and well inside the router's subgraph timeout.
 */
export const CLAIM_WAIT_MS = 8_000;
/** Retention never deletes a key younger than this, whatever it is set to: it could still be claimed. */
const MIN_RETENTION_MS = 5 * 60_000;

type Db = Database<{ idempotencyKeys: typeof idempotencyKeys }>;
type Executor = Pick<Db, 'update'>;

export type IdempotentOutcome<T> =
  | { kind: 'done'; resultId: string }
  | { kind: 'failed'; value: T }
  | { kind: 'reused' }
  /** Another request with this key is still running (its claim is live): retry shortly. */
  | { kind: 'busy' };

/**
 * Runs `run` once per (scope, key). `run` gets `complete(tx, resultId)`, which it must call inside the transaction
 * that stores its result, so result and key are written together. When `run` fails (returns `{ failed }` or
 * throws) the claim is dropped, so the same key may be tried again.
 */
export async function idempotent<T>(
  db: Db,
  scope: string,
  key: string,
  fingerprint: string,
  run: (complete: (tx: Executor, resultId: string) => Promise<void>) => Promise<{ resultId: string } | { failed: T }>,
  options: { leaseMs?: number; waitMs?: number } = {},
): Promise<IdempotentOutcome<T>> {
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  const deadline = Date.now() + (options.waitMs ?? CLAIM_WAIT_MS);
  const token = randomUUID();
  for (let attempt = 0; ; attempt++) {
    const claimed = await claim(db, scope, key, fingerprint, token, leaseMs);
    if (claimed === 'claimed') break;
    if (claimed === 'reused') return { kind: 'reused' };
    if (claimed !== 'pending') return { kind: 'done', resultId: claimed.resultId };
    if (Date.now() > deadline) return { kind: 'busy' };
    await pause(attempt);
  }

  // Renew the lease while `run` works, so only a dead holder's claim lapses.
  const renewal = setInterval(() => void renew(db, scope, key, token).catch(() => undefined), leaseMs / 3);
  renewal.unref();

  const complete = async (tx: Executor, resultId: string) => {
    const [mine] = await tx
      .update(idempotencyKeys)
      .set({ resultId })
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.claimToken, token), isNull(idempotencyKeys.resultId)))
      .returning({ key: idempotencyKeys.key });
    // Our claim was taken over (we could not renew it in time): throwing rolls our transaction back.
    if (!mine) throw new Error('The idempotency claim was lost to another request');
  };
  try {
    const outcome = await run(complete);
    if ('resultId' in outcome) return { kind: 'done', resultId: outcome.resultId };
    await release(db, scope, key, token);
    return { kind: 'failed', value: outcome.failed };
  } catch (error) {
    await release(db, scope, key, token).catch(() => undefined);
    throw error;
  } finally {
    clearInterval(renewal);
  }
}

/** The fingerprint of a claim held as a lock ({@link exclusively}), never a request's. */
const LOCK = 'lock';

/**
 * Runs `run` while holding the claim of (scope, key) as a lock: one `run` per (scope, key) at a time, across processes
 * and replicas. A caller that finds the claim held waits — with the same jittered pauses as a duplicate request — until
 * its holder releases it, or until it lapses because its holder died (the holder renews it as {@link idempotent}
 * does), and then runs; after `waitMs` without the claim it gets `{ kind: 'busy' }`. The claim is deleted when `run`
 * ends, whether it succeeded or failed. `run` gets `stillHeld(tx)`, to call in the transaction that commits its work.
 * For work that must not overlap for one owner though its requests differ — two checkouts of one cart under two
 * idempotency keys, say. Use a scope of its own (`lock:…`).
 */
export async function exclusively<T>(
  db: Db,
  scope: string,
  key: string,
  run: (stillHeld: (tx: Pick<Db, 'update'>) => Promise<void>) => Promise<T>,
  options: { leaseMs?: number; waitMs?: number } = {},
): Promise<{ kind: 'done'; value: T } | { kind: 'busy' }> {
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  const deadline = Date.now() + (options.waitMs ?? CLAIM_WAIT_MS);
  const token = randomUUID();
  for (let attempt = 0; ; attempt++) {
    if (await lock(db, scope, key, token, leaseMs)) break;
    if (Date.now() > deadline) return { kind: 'busy' };
    await pause(attempt);
  }
  const renewal = setInterval(() => void renew(db, scope, key, token).catch(() => undefined), leaseMs / 3);
  renewal.unref();
  // For the transaction that commits the work: throws (rolling it back) when the lock lapsed meanwhile — its renewals
  // stalled past the lease — and another caller took it. It renews the claim in that transaction, so the claim's row
  // stays locked until the commit: a caller that would take over a lapsing claim meanwhile waits for the commit, then
  // finds the claim fresh (and, once released, the work done).
  const stillHeld = async (tx: Pick<Db, 'update'>) => {
    const [mine] = await tx
      .update(idempotencyKeys)
      .set({ claimedAt: sql`clock_timestamp()` }) // not now(): that is when the transaction began
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.claimToken, token)))
      .returning({ key: idempotencyKeys.key });
    if (!mine) throw new Error('The lock was lost to another request');
  };
  try {
    return { kind: 'done', value: await run(stillHeld) };
  } finally {
    clearInterval(renewal);
    await release(db, scope, key, token).catch(() => undefined);
  }
}

/** Takes the lock (scope, key): free, or held by a holder that stopped renewing it. */
async function lock(db: Db, scope: string, key: string, token: string, leaseMs: number): Promise<boolean> {
  const [inserted] = await db
    .insert(idempotencyKeys)
    .values({ scope, key, fingerprint: LOCK, claimToken: token })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted) return true;
  const [takenOver] = await db
    .update(idempotencyKeys)
    .set({ claimedAt: sql`now()`, claimToken: token })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.fingerprint, LOCK), lt(idempotencyKeys.claimedAt, lapsedBefore(leaseMs))))
    .returning({ key: idempotencyKeys.key });
  return takenOver !== undefined;
}

/** Jittered, growing pauses: quick for a double click, light on the database for a long wait. */
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 500) * (0.5 + Math.random())));

/** The database's clock decides lapses, so replicas with skewed clocks agree on them. */
const lapsedBefore = (leaseMs: number) => sql`now() - make_interval(secs => ${leaseMs / 1000})`;

async function renew(db: Db, scope: string, key: string, token: string): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ claimedAt: sql`now()` })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.claimToken, token), isNull(idempotencyKeys.resultId)));
}

async function claim(db: Db, scope: string, key: string, fingerprint: string, token: string, leaseMs: number): Promise<'claimed' | 'reused' | 'pending' | { resultId: string }> {
  const [inserted] = await db
    .insert(idempotencyKeys)
    .values({ scope, key, fingerprint, claimToken: token })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted) return 'claimed';
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!row) return 'pending'; // released between our insert and select: try again
  if (row.fingerprint !== fingerprint) return 'reused';
  if (row.resultId) return { resultId: row.resultId };
  // Take over a claim whose holder died (it stopped renewing).
  const [takenOver] = await db
    .update(idempotencyKeys)
    .set({ claimedAt: sql`now()`, claimToken: token })
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        isNull(idempotencyKeys.resultId),
        lt(idempotencyKeys.claimedAt, lapsedBefore(leaseMs)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return takenOver ? 'claimed' : 'pending';
}

async function release(db: Db, scope: string, key: string, token: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.claimToken, token), isNull(idempotencyKeys.resultId)));
}

/**
 * Deletes keys claimed (or last renewed) longer than `retentionMs` ago, a batch at a time: a retry that late is a new
 * request. Never less than {@link MIN_RETENTION_MS}, so a live claim is never deleted.
 */
export function purgeIdempotencyKeys(db: Db, retentionMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - Math.max(retentionMs, MIN_RETENTION_MS));
  return deleteInBatches(db, idempotencyKeys, lt(idempotencyKeys.claimedAt, cutoff));
}

/** The retention job of a subgraph's idempotency keys, for `jobs.every(RETENTION_INTERVAL_MS, …)`. */
export function idempotencyKeyRetention(db: Db, config: { IDEMPOTENCY_KEY_RETENTION_HOURS: number }): Job {
  return { name: 'idempotency key retention', run: () => purgeIdempotencyKeys(db, config.IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000) };
}
