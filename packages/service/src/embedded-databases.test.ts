import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabases, type EmbeddedDatabase } from './embedded-databases';
import { createLogger } from './logger';
import { socketUrl } from './pglite-server';

/** `npm start`'s database process: each subgraph's data folder opened, migrated and served on its own socket. */
describe('startEmbeddedDatabases', () => {
  let root: string;
  let plan: EmbeddedDatabase[];
  const logger = createLogger('databases-test', 'silent');
  const subgraphs = path.resolve(__dirname, '../../../subgraphs');

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-embedded-'));
    plan = ['users', 'cart'].map((name, i) => ({
      name,
      dataDir: path.join(root, name),
      migrationsFolder: path.join(subgraphs, name, 'src/db/migrations'),
      socketPath: path.join(root, '.sockets', `.s.PGSQL.${7101 + i}`),
    }));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const tables = async (database: EmbeddedDatabase) => {
    const client = new pg.Client({ connectionString: socketUrl(database.socketPath) });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      return rows.map((row) => row.tablename as string);
    } finally {
      await client.end();
    }
  };

  test('serves each database, migrated, on its own private socket; kept across restarts', async () => {
    const served: string[] = [];
    const first = await startEmbeddedDatabases(plan, logger, { onServed: (name) => served.push(name) });
    try {
      expect(served).toEqual(['users', 'cart']);
      expect(await tables(plan[0]!)).toContain('addresses');
      expect(await tables(plan[1]!)).toContain('carts');
      expect(fs.statSync(path.join(root, '.sockets')).mode & 0o777).toBe(0o700);
      // Each is a database of its own.
      const users = new pg.Client({ connectionString: socketUrl(plan[0]!.socketPath) });
      await users.connect();
      await users.query('CREATE TABLE kept (note text)');
      await users.query("INSERT INTO kept VALUES ('still here')");
      await users.end();
      expect(await tables(plan[1]!)).not.toContain('kept');
      // Locked while served (another process opening the folder is refused), unlocked once stopped.
      expect(Number(fs.readFileSync(`${plan[0]!.dataDir}.lock`, 'utf8'))).toBe(process.pid);
    } finally {
      await first.stop();
    }
    expect(fs.existsSync(`${plan[0]!.dataDir}.lock`)).toBe(false);

    const again = await startEmbeddedDatabases(plan, logger);
    try {
      const client = new pg.Client({ connectionString: socketUrl(plan[0]!.socketPath) });
      await client.connect();
      expect((await client.query('SELECT note FROM kept')).rows).toEqual([{ note: 'still here' }]);
      await client.end();
    } finally {
      await again.stop();
    }
  });
});
