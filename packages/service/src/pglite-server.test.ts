import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { servePglite, socketUrl, type PgliteServer } from './pglite-server';

/** A PGlite database served on a socket, reached with `pg` as a subgraph reaches it under `npm start`. */
describe('servePglite', () => {
  let dir: string;
  let db: PGlite;
  let server: PgliteServer;
  let url: string;
  const clients: pg.Client[] = [];

  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined); // the tests below close some on purpose
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-pglite-server-'));
    db = await PGlite.create();
    await db.exec('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
    const socketPath = path.join(dir, '.s.PGSQL.7001');
    server = await servePglite(db, { socketPath }); // the default limit: a busy machine never trips it here
    url = socketUrl(socketPath);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    await db.exec('TRUNCATE notes');
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('answers parameterised queries and keeps what was written', async () => {
    const client = await connect();
    await client.query('INSERT INTO notes (body) VALUES ($1), ($2)', ['one', 'two']);
    const { rows } = await client.query('SELECT body FROM notes WHERE body <> $1 ORDER BY id', ['none']);
    expect(rows).toEqual([{ body: 'one' }, { body: 'two' }]);
    expect((await db.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 2 }]);
  });

  test('many connections at once each get their own answers', async () => {
    const many = await Promise.all(Array.from({ length: 8 }, connect));
    const answers = await Promise.all(
      many.flatMap((client, c) => Array.from({ length: 25 }, (_, q) => client.query('SELECT $1::int AS n, $2::text AS who', [q, `c${c}`]).then((r) => [r.rows[0], { n: q, who: `c${c}` }]))),
    );
    for (const [got, wanted] of answers) expect(got).toEqual(wanted);
  });

  test("a transaction runs alone: another connection's query waits for its commit and sees it", async () => {
    const [a, b] = [await connect(), await connect()];
    const order: string[] = [];
    await a.query('BEGIN');
    await a.query('INSERT INTO notes (body) VALUES ($1)', ['from a']);
    const read = b.query('SELECT count(*)::int AS n FROM notes').then((r) => {
      order.push('b read');
      return r.rows[0].n;
    });
    // b is queued behind a's open transaction: a's next statements still run, b's does not.
    await a.query('INSERT INTO notes (body) VALUES ($1)', ['again']);
    order.push('a commits');
    await a.query('COMMIT');
    expect(await read).toBe(2);
    expect(order).toEqual(['a commits', 'b read']);
  });

  test('a connection that goes away inside a transaction has it rolled back, and the others carry on', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await a.query('INSERT INTO notes (body) VALUES ($1)', ['never committed']);
    const read = b.query('SELECT count(*)::int AS n FROM notes');
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy(); // as a kill -9 would
    expect((await read).rows).toEqual([{ n: 0 }]);
    expect(db.isInTransaction()).toBe(false);
  });

  test('a connection that sits in a transaction past the limit is closed and rolled back', async () => {
    // A server of its own with a short limit; the transaction opens and writes in one message, so no gap of the
    // client's (a busy machine) can trip the limit early: only the idling after it does.
    const socketPath = path.join(dir, '.s.PGSQL.7002');
    const strict = await servePglite(db, { socketPath, idleInTransactionMs: 300 });
    const client = (connectionString: string) => {
      const c = new pg.Client({ connectionString });
      c.on('error', () => undefined);
      clients.push(c);
      return c.connect().then(() => c);
    };
    try {
      const [a, b] = [await client(socketUrl(socketPath)), await client(socketUrl(socketPath))];
      const closed = new Promise((resolve) => a.once('end', resolve));
      await a.query("BEGIN; INSERT INTO notes (body) VALUES ('left hanging')");
      // b waits for a's transaction, which the limit ends: rolled back, so b sees nothing of it.
      expect((await b.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 0 }]);
      await closed;
      await expect(a.query('SELECT 1')).rejects.toThrow();
    } finally {
      await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
      await strict.close();
    }
  });

  test('malformed input closes that connection alone; the others carry on', async () => {
    const [a] = [await connect()];
    for (const garbage of [
      Buffer.from('GET / HTTP/1.1\r\n\r\n'), // not PostgreSQL at all
      Buffer.from([0, 0, 0, 8, 0, 0, 0, 1]), // an unknown protocol version
      Buffer.from([0, 0, 0x7f, 0xff, 0, 3, 0, 0]), // a startup message claiming 8 MB
    ]) {
      const socket = net.connect(path.join(dir, '.s.PGSQL.7001'));
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.write(garbage);
      await closed;
    }
    // A started connection that sends a message claiming more than a client ever sends is closed too.
    const b = await connect();
    const stream = (b as unknown as { connection: { stream: net.Socket } }).connection.stream;
    const ended = new Promise((resolve) => b.once('end', resolve));
    stream.write(Buffer.from([0x51, 0x7f, 0xff, 0xff, 0xff]));
    await ended;
    expect((await a.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    // Every closed connection is let go (its clean-up runs after its close): only a remains.
    while (server.connections() > 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.connections()).toBe(1);
  });

  test('a failed statement inside a transaction does not stop the others once it is rolled back', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await expect(a.query('INSERT INTO notes (id, body) VALUES ($1, NULL)', [1])).rejects.toThrow(/null value/);
    const read = b.query('SELECT count(*)::int AS n FROM notes');
    await a.query('ROLLBACK');
    expect((await read).rows).toEqual([{ n: 0 }]);
  });

  test('a pg pool (as the subgraphs use) works through it, transactions included', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query('SELECT count(*)::int AS n FROM notes');
            await client.query('INSERT INTO notes (body) VALUES ($1)', [`n=${rows[0].n}`]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }),
      );
      // Each transaction saw every earlier one: the counts read are 0…11, each once.
      const { rows } = await pool.query('SELECT body FROM notes ORDER BY id');
      expect(rows.map((r) => r.body)).toEqual(Array.from({ length: 12 }, (_, i) => `n=${i}`));
    } finally {
      await pool.end();
    }
  });
});
