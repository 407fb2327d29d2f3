import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { exclusively, idempotencyKeys, idempotent } from '../src/idempotency';
import { dropDatabase, type Database } from '../src/db';

const TABLE = `CREATE TABLE idempotency_keys (scope text NOT NULL, key text NOT NULL, fingerprint text NOT NULL,
  result_id text, claim_token text NOT NULL DEFAULT '', claimed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (scope, key))`;

// Embedded PGlite (one connection: statements never overlap), or with TEST_DATABASE_URL a database of its own on that
// server, where concurrent callers hold connections of their own and row locks decide who waits.
let close: () => Promise<void>;
let db: Database<{ idempotencyKeys: typeof idempotencyKeys }>;
beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    const name = `zero_test_idempotency_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
    await pool.query(TABLE);
    db = drizzlePg(pool, { schema: { idempotencyKeys } }) as unknown as typeof db;
    close = async () => {
      await pool.end();
      await dropDatabase(url.toString());
    };
  } else {
    const client = new PGlite();
    await client.exec(TABLE);
    db = drizzle(client, { schema: { idempotencyKeys } }) as unknown as typeof db;
    close = () => client.close();
  }
});
afterAll(() => close?.());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('concurrent requests with one key run once and share the result', async () => {
  let runs = 0;
  const key = randomUUID();
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, () =>
      idempotent(db, 's', key, 'fp', async (complete) => {
        runs++;
        await sleep(30);
        await complete(db, 'result-1');
        return { resultId: 'result-1' };
      }),
    ),
  );
  expect(runs).toBe(1);
  expect(outcomes).toEqual(Array(8).fill({ kind: 'done', resultId: 'result-1' }));
});

test('another request under a used key is refused; a failed run frees the key', async () => {
  const key = randomUUID();
  expect(await idempotent(db, 's', key, 'a', async () => ({ failed: 'nope' }))).toEqual({ kind: 'failed', value: 'nope' });
  const done = await idempotent(db, 's', key, 'b', async (complete) => {
    await complete(db, 'r');
    return { resultId: 'r' };
  });
  expect(done).toEqual({ kind: 'done', resultId: 'r' });
  expect(await idempotent(db, 's', key, 'c', async () => ({ resultId: 'x' }))).toEqual({ kind: 'reused' });
});

/** A promise and its resolver: a step of a test that waits on an event, never on the clock. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const opened = new Promise<T>((resolve) => (open = resolve));
  return { open, opened };
}

test("a dead holder's claim lapses within its lease, and the same key then completes", async () => {
  const key = randomUUID();
  // What a process killed mid-request leaves behind: a claim without a result that nobody renews.
  await db.insert(idempotencyKeys).values({ scope: 's', key, fingerprint: 'fp', claimToken: 'dead holder' });
  const outcome = await idempotent(db, 's', key, 'fp', async (complete) => {
    await complete(db, 'after the crash');
    return { resultId: 'after the crash' };
  }, { leaseMs: 300, waitMs: 60_000 });
  expect(outcome).toEqual({ kind: 'done', resultId: 'after the crash' });
});

test('a live holder renews its claim: a waiter is told to retry (busy), then gets the result', async () => {
  const key = randomUUID();
  const running = gate();
  const finish = gate();
  // The lease is short and the wait several leases long: without renewal the waiter would take the claim over.
  const options = { leaseMs: 1_500, waitMs: 6_000 };
  const holder = idempotent(db, 's', key, 'fp', async (complete) => {
    running.open();
    await finish.opened;
    await complete(db, 'holder');
    return { resultId: 'holder' };
  }, options);
  await running.opened;
  let ran = false;
  const waiter = await idempotent(db, 's', key, 'fp', async () => {
    ran = true;
    return { resultId: 'waiter' };
  }, options);
  expect(waiter).toEqual({ kind: 'busy' });
  expect(ran).toBe(false);
  finish.open();
  expect(await holder).toEqual({ kind: 'done', resultId: 'holder' });
  expect(await idempotent(db, 's', key, 'fp', async () => ({ resultId: 'late' }), options)).toEqual({ kind: 'done', resultId: 'holder' });
});

test('a holder whose claim was taken over (it stalled past its lease) can no longer complete it', async () => {
  const key = randomUUID();
  const running = gate();
  const finish = gate();
  const first = idempotent(db, 's', key, 'fp', async (complete) => {
    running.open();
    await finish.opened;
    await complete(db, 'first');
    return { resultId: 'first' };
  }, { leaseMs: 60_000 }).catch((error: unknown) => error);
  await running.opened;
  // The holder stalls (its renewals stop arriving): its claim is as old as a lapsed one.
  await db.execute(sql`UPDATE idempotency_keys SET claimed_at = now() - interval '1 hour' WHERE key = ${key}`);
  const second = await idempotent(db, 's', key, 'fp', async (complete) => {
    await complete(db, 'second');
    return { resultId: 'second' };
  }, { leaseMs: 60_000 });
  expect(second).toEqual({ kind: 'done', resultId: 'second' });
  finish.open();
  expect(String(await first)).toMatch(/claim was lost/);
  expect(await idempotent(db, 's', key, 'fp', async () => ({ resultId: 'third' }))).toEqual({ kind: 'done', resultId: 'second' });
});

describe('exclusively: one run per (scope, key) at a time', () => {
  test('concurrent callers run one after another, never together, and the lock is gone after', async () => {
    const key = randomUUID();
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        exclusively(db, 'lock:s', key, async () => {
          most = Math.max(most, ++inside);
          await sleep(20);
          order.push(i);
          inside--;
          return i;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toHaveLength(5);
    expect(outcomes.map((o) => (o.kind === 'done' ? o.value : null)).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(await db.execute(sql`SELECT 1 FROM idempotency_keys WHERE scope = 'lock:s' AND key = ${key}`)).toMatchObject({ rows: [] });
  });

  test('a run that throws releases the lock; a caller waiting past waitMs is told busy', async () => {
    const key = randomUUID();
    await expect(exclusively(db, 'lock:s', key, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await exclusively(db, 'lock:s', key, async () => 'after')).toEqual({ kind: 'done', value: 'after' });
    const running = gate();
    const finish = gate();
    const holder = exclusively(db, 'lock:s', key, async () => {
      running.open();
      await finish.opened;
      return 'holder';
    }, { leaseMs: 60_000, waitMs: 60_000 });
    await running.opened;
    // A lease far longer than the wait: the waiter cannot take a live lock over, however slow the machine.
    expect(await exclusively(db, 'lock:s', key, async () => 'waiter', { leaseMs: 60_000, waitMs: 300 })).toEqual({ kind: 'busy' });
    finish.open();
    expect(await holder).toEqual({ kind: 'done', value: 'holder' });
  });

  test("a dead holder's lock lapses and is taken; the stalled holder learns it lost it (stillHeld throws)", async () => {
    const key = randomUUID();
    // What a process killed inside the lock leaves: the row, never renewed.
    await db.insert(idempotencyKeys).values({ scope: 'lock:s', key, fingerprint: 'lock', claimToken: 'dead holder' });
    expect(await exclusively(db, 'lock:s', key, async () => 'taken', { leaseMs: 300, waitMs: 60_000 })).toEqual({ kind: 'done', value: 'taken' });

    const running = gate();
    const finish = gate();
    const stalled = exclusively(db, 'lock:s', key, async (stillHeld) => {
      running.open();
      await finish.opened;
      await stillHeld(db);
      return 'stalled';
    }, { leaseMs: 60_000 }).catch((error: unknown) => error);
    await running.opened;
    await db.execute(sql`UPDATE idempotency_keys SET claimed_at = now() - interval '1 hour' WHERE scope = 'lock:s' AND key = ${key}`);
    expect(await exclusively(db, 'lock:s', key, async (stillHeld) => (await stillHeld(db), 'second'), { leaseMs: 60_000 })).toEqual({ kind: 'done', value: 'second' });
    finish.open();
    expect(String(await stalled)).toMatch(/lock was lost/);
  });

  test('stillHeld keeps the claim through the commit: a caller taking over a lapsing claim waits for that commit', async () => {
    const key = randomUUID();
    const events: string[] = [];
    const checked = gate();
    const commit = gate();
    const holder = exclusively(db, 'lock:s', key, async (stillHeld) => {
      await db.transaction(async (tx) => {
        await stillHeld(tx);
        checked.open();
        await commit.opened;
        events.push('holder committed');
      });
      return 'holder';
    }, { leaseMs: 60_000 });
    await checked.opened;
    // A lease of 1 ms: to this caller the holder's claim is lapsed at once — but its row is locked until the commit.
    const taker = exclusively(db, 'lock:s', key, async () => (events.push('taker ran'), 'taker'), { leaseMs: 1, waitMs: 60_000 });
    await sleep(200); // give the taker time to run ahead, were nothing holding it
    commit.open();
    expect(await holder).toEqual({ kind: 'done', value: 'holder' });
    expect(await taker).toEqual({ kind: 'done', value: 'taker' });
    expect(events).toEqual(['holder committed', 'taker ran']);
  });
});
