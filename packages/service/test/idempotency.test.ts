import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/pglite';
import { PGlite } from '@electric-sql/pglite';
import { idempotencyKeys, idempotent } from '../src/idempotency';
import type { Database } from '../src/db';

let client: PGlite;
let db: Database<{ idempotencyKeys: typeof idempotencyKeys }>;
beforeAll(async () => {
  client = new PGlite();
  await client.exec(`CREATE TABLE idempotency_keys (scope text NOT NULL, key text NOT NULL, fingerprint text NOT NULL,
    result_id text, claim_token text NOT NULL DEFAULT '', claimed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (scope, key))`);
  db = drizzle(client, { schema: { idempotencyKeys } }) as unknown as typeof db;
});
afterAll(() => client.close());

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

test('a stale claim is taken over, and its first owner can no longer complete it', async () => {
  const key = randomUUID();
  let firstError: unknown;
  const first = idempotent(db, 's', key, 'fp', async (complete) => {
    await sleep(150); // runs past the stale window
    try {
      await complete(db, 'first');
    } catch (error) {
      firstError = error;
      throw error;
    }
    return { resultId: 'first' };
  }, { staleClaimMs: 50 }).catch((error) => error);
  await sleep(80);
  const second = await idempotent(db, 's', key, 'fp', async (complete) => {
    await complete(db, 'second');
    return { resultId: 'second' };
  }, { staleClaimMs: 50 });
  expect(second).toEqual({ kind: 'done', resultId: 'second' });
  expect(await first).toBeInstanceOf(Error);
  expect(String(firstError)).toMatch(/claim was lost/);
  expect(await idempotent(db, 's', key, 'fp', async () => ({ resultId: 'third' }))).toEqual({ kind: 'done', resultId: 'second' });
});
