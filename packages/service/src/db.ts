import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { timestamp, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import type { Env } from './config';
import { openDiskPglite, openMemoryPglite } from './pglite-template';

/**
 * A timestamp column of millisecond precision, for every column a keyset cursor carries: timestamps travel through
 * JavaScript `Date`s (and cursors), which hold milliseconds; a stored microsecond would make the cursor's time differ
 * from the row's, and the next page skip rows stamped within the same millisecond.
 */
export const timestampMs = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** The drizzle database every subgraph works with, whichever driver is underneath. */
export type Database<TSchema extends Record<string, unknown> = Record<string, never>> = PgDatabase<PgQueryResultHKT, TSchema>;

/** Where a subgraph's data lives. */
export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null } // null: in memory (tests)
  | { kind: 'postgres'; url: string };

/**
 * Picks the database of one subgraph from the environment:
 * - `<NAME>_DATABASE_URL` (e.g. `AUTH_DATABASE_URL`): a full connection string for this subgraph alone;
 * - `DATABASE_URL=postgres://user@host:port`: database `zero_<name>` on that server (created if missing);
 * - `DATABASE_URL=memory://`: an in-memory PGlite database (tests), started from a migrated snapshot (`pglite-template.ts`);
 * - otherwise an embedded PGlite database in `DATA_DIR/<name>` (default `.data/<name>`), kept across restarts; a new
 *   folder is a copy of a migrated template folder, made once per machine (`pglite-template.ts`).
 */
export function resolveDatabaseTarget(name: string, env: Env): DatabaseTarget {
  const own = env[`${name.toUpperCase()}_DATABASE_URL`];
  const shared = env.DATABASE_URL;
  const chosen = own ?? shared;
  if (!chosen) return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? '.data', name) };
  if (chosen === 'memory://') return { kind: 'pglite', dataDir: null };
  if (chosen.startsWith('pglite://')) return { kind: 'pglite', dataDir: path.resolve(chosen.slice('pglite://'.length)) };
  if (!/^postgres(ql)?:\/\//.test(chosen)) {
    throw new Error(`${own ? `${name.toUpperCase()}_DATABASE_URL` : 'DATABASE_URL'} must be postgres://…, pglite://<dir> or memory://`);
  }
  if (own) return { kind: 'postgres', url: own };
  const url = new URL(shared!);
  url.pathname = `/zero_${name}`;
  return { kind: 'postgres', url: url.toString() };
}

/** Describes a target without credentials, for logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory';
  const url = new URL(target.url);
  const socket = url.searchParams.get('host'); // a Unix socket's folder: `npm start`'s embedded databases
  if (socket?.startsWith('/')) return `PostgreSQL on ${path.join(socket, `.s.PGSQL.${url.port || 5432}`)}${url.pathname}`;
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export interface OpenDatabase<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  /** Runs `SELECT 1`; throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  target: DatabaseTarget;
  schema: TSchema;
  migrationsFolder: string;
  metrics?: Metrics;
  logger?: Logger;
  /** Connection pool size on PostgreSQL. */
  poolSize?: number;
}

/** How long a subgraph waits for its PostgreSQL server to accept connections when it starts. */
const SERVER_WAIT_MS = 120_000;
/** Errors that mean "not up yet": nothing listening (a TCP port or a Unix socket), or PostgreSQL still starting. */
const NOT_UP_YET = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', '57P03']);

/**
 * Runs `connect` until the server answers: a subgraph may start before its database does (`npm start` starts the
 * embedded databases and the subgraphs at once; a container may start before PostgreSQL's). Other errors — a wrong
 * password, a missing server name — fail at once.
 */
async function waitForServer(connect: () => Promise<void>, logger?: Logger): Promise<void> {
  const deadline = Date.now() + SERVER_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !NOT_UP_YET.has(code) || Date.now() > deadline) throw error;
      if (attempt === 0) logger?.info({ code }, 'waiting for the database server');
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1_000)));
    }
  }
}

/** Opens (creating if needed) and migrates a subgraph's database with the committed drizzle-kit migrations. */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  const { target, schema, migrationsFolder, metrics } = options;
  const logger = { logQuery: () => metrics?.dbQueries.inc() };

  if (target.kind === 'pglite') {
    const migrate = (client: PGlite) => migratePglite(drizzlePglite(client, { schema, logger }), { migrationsFolder });
    const { client, close } = target.dataDir
      ? await openDataFolder(target.dataDir, migrationsFolder, migrate)
      : await openMemoryPglite(migrationsFolder, migrate).then((memory) => ({ client: memory, close: () => memory.close() }));
    const db = drizzlePglite(client, { schema, logger });
    return {
      db: db as unknown as Database<TSchema>,
      ping: async () => void (await client.query('SELECT 1')),
      close,
    };
  }

  await waitForServer(() => ensureDatabaseExists(target.url), options.logger);
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  pool.on('error', (error) => options.logger?.error({ err: error }, 'idle database connection failed'));
  const db = drizzlePg(pool, { schema, logger });
  await migrateWithLock(pool, () => migratePg(db, { migrationsFolder }));
  return {
    db: db as unknown as Database<TSchema>,
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}

/**
 * The embedded database kept in `dataDir` (created from the migrated template when the folder is new), migrated and
 * locked against a second process until `close`. `npm start` opens every subgraph's in one process and serves them on
 * sockets (`embedded-databases.ts`); a subgraph given a `pglite://` target opens its own.
 */
export async function openDataFolder(
  dataDir: string,
  migrationsFolder: string,
  migrate: (client: PGlite) => Promise<void> = (client) => migratePglite(drizzlePglite(client), { migrationsFolder }),
): Promise<{ client: PGlite; close(): Promise<void> }> {
  const release = lockDataDir(dataDir);
  try {
    const client = await openDiskPglite(dataDir, migrationsFolder, migrate);
    return {
      client,
      close: async () => {
        if (!client.closed) await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Several replicas may start at once: only one runs the migrations, the others wait for it. */
async function migrateWithLock(pool: pg.Pool, run: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7242001)');
    try {
      await run();
    } finally {
      await client.query('SELECT pg_advisory_unlock(7242001)');
    }
  } finally {
    client.release();
  }
}

/** Creates the database named in `url` on its server if it does not exist yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error('The database URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`).catch((error: { code?: string }) => {
      // Another process created it between our check and our CREATE.
      if (error.code !== '42P04' && error.code !== '23505') throw error;
    });
  } finally {
    await client.end();
  }
}

/** Drops a database (tests clean up after themselves). */
export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * PGlite is a single-process database: two processes opening one data folder would corrupt it. A lock file with
 * the owner's pid turns that mistake (say, `npm run create-admin` while `npm start` runs) into a clear error.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(`The embedded database ${dataDir} is in use by process ${owner}; stop it first (or set DATABASE_URL)`);
      }
      fs.rmSync(lockFile, { force: true }); // stale lock of a process that is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `pg_advisory_xact_lock` on a string key: serialises transactions that touch one owner's rows, on both drivers. */
export function lockKey(key: string) {
  return sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
