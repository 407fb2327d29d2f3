import { and, eq, notLike, sql } from 'drizzle-orm';
import { forbidden } from './errors';
import type { Caller } from './identity';
import { outbox } from './outbox';
import type { Database } from './db';

/**
 * What every subgraph shares for the privacy rules (data export and account erasure, coordinated by the auth
 * subgraph): who may ask, the placeholder that replaces a personal detail kept for accounting, and the clean-up of
 * outbox events about an erased user.
 */

/** The subgraph that coordinates exports and erasures: each subgraph's privacy fields answer it alone. */
export const PRIVACY_COORDINATOR = 'service:auth';

/** Refuses a privacy field (`…DataExport`, `erase…Data`) to anyone but the coordinator. */
export function requirePrivacyCoordinator(caller: Caller): void {
  if (caller.issuer !== PRIVACY_COORDINATOR) throw forbidden('Only the auth subgraph may call this');
}

/** What replaces a personal detail (a name, a street, a phone) in a record kept after its owner's erasure. */
export const ERASED = '[erased]';

/** Topics of the erasure itself (`privacy.erase.<subgraph>`): never forgotten by {@link forgetOutboxEventsOf}. */
export const ERASURE_TOPIC_PREFIX = 'privacy.';

type Executor = Pick<Database<{ outbox: typeof outbox }>, 'delete'>;

/**
 * Deletes the outbox events about a user (payload `userId`), delivered or not — notifications whose payload may hold
 * a name or a reset link, a registered name on its way — but not the erasure's own events. Returns how many.
 */
export async function forgetOutboxEventsOf(tx: Executor, userId: string): Promise<number> {
  const deleted = await tx
    .delete(outbox)
    .where(and(eq(sql`${outbox.payload} ->> 'userId'`, userId), notLike(outbox.topic, `${ERASURE_TOPIC_PREFIX}%`)))
    .returning({ id: outbox.id });
  return deleted.length;
}
