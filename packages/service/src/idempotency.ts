import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import type { Job } from './jobs';
import { deleteInBatches } from './retention';

/**
 * Idempotency keys: one request per (scope, key). The first caller claims the key and runs; concurrent and later
 * callers with the same key and the same request fingerprint wait for, then get, the same result; another request
 * under a used key is refused. A claim whose owner died is taken over after {@link STALE_CLAIM_MS}.
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

/** Longer than any request may run (its service calls time out well before), so only a dead owner's claim is taken over. */
export const STALE_CLAIM_MS = 5 * 60_000;
const WAIT_MS = 30_000;

type Db = Database<{ idempotencyKeys: typeof idempotencyKeys }>;
type Executor = Pick<Db, 'update'>;

export type IdempotentOutcome<T> =
  | { kind: 'done'; resultId: string }
  | { kind: 'failed'; value: T }
  | { kind: 'reused' };

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
  options: { staleClaimMs?: number } = {},
): Promise<IdempotentOutcome<T>> {
  const deadline = Date.now() + WAIT_MS;
  const token = randomUUID();
  for (;;) {
    const claimed = await claim(db, scope, key, fingerprint, token, options.staleClaimMs ?? STALE_CLAIM_MS);
    if (claimed === 'claimed') break;
    if (claimed === 'reused') return { kind: 'reused' };
    if (claimed !== 'pending') return { kind: 'done', resultId: claimed.resultId };
    if (Date.now() > deadline) throw new Error('Timed out waiting for a concurrent request with the same idempotency key');
    await new Promise((resolve) => setTimeout(resolve, 25 + Math.random() * 50));
  }

  const complete = async (tx: Executor, resultId: string) => {
    const [mine] = await tx
      .update(idempotencyKeys)
      .set({ resultId })
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.claimToken, token), isNull(idempotencyKeys.resultId)))
      .returning({ key: idempotencyKeys.key });
    // Our claim was taken over (we ran past STALE_CLAIM_MS): throwing rolls our transaction back.
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
  }
}

async function claim(db: Db, scope: string, key: string, fingerprint: string, token: string, staleMs: number): Promise<'claimed' | 'reused' | 'pending' | { resultId: string }> {
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
  // Take over a claim whose owner died.
  const [takenOver] = await db
    .update(idempotencyKeys)
    .set({ claimedAt: new Date(), claimToken: token })
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        isNull(idempotencyKeys.resultId),
        lt(idempotencyKeys.claimedAt, new Date(Date.now() - staleMs)),
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
 * Deletes keys claimed longer than `retentionMs` ago, a batch at a time: a retry that late is a new request. Never
 * less than {@link STALE_CLAIM_MS}, so a claim is gone only once it could have been taken over anyway.
 */
export function purgeIdempotencyKeys(db: Db, retentionMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - Math.max(retentionMs, STALE_CLAIM_MS));
  return deleteInBatches(db, idempotencyKeys, lt(idempotencyKeys.claimedAt, cutoff));
}

/** The retention job of a subgraph's idempotency keys, for `jobs.every(RETENTION_INTERVAL_MS, …)`. */
export function idempotencyKeyRetention(db: Db, config: { IDEMPOTENCY_KEY_RETENTION_HOURS: number }): Job {
  return { name: 'idempotency key retention', run: () => purgeIdempotencyKeys(db, config.IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000) };
}
