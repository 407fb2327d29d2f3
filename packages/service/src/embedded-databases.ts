/**
 * `npm start`'s embedded databases, in one process: each subgraph's PGlite data folder is opened here and served on
 * a Unix socket (`pglite-server.ts`), and the subgraph reaches it with `pg` as it would a PostgreSQL server
 * (`<NAME>_DATABASE_URL`). Why one process: a PGlite costs its process the compiled PostgreSQL (a 9 MB WebAssembly
 * module, about 25 MiB compiled), the runtime around it and a Node.js; in one process the seven databases share one
 * of each. Measured alone on this machine: seven data folders open in one process hold 484 MiB, one in a process of
 * its own 180 MiB.
 *
 * A subgraph can still be killed and restarted on its own (its connections go; what one held is rolled back); when
 * this process dies, `npm start` restarts it and the subgraphs' pools connect again.
 *
 * A data folder that does not exist yet is a copy of a migrated template folder (`pglite-template.ts`). Templates this
 * machine lacks are made first by a short-lived child process, because making one (`initdb`) leaves 0.5–0.7 GiB in the
 * process that did it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { openDataFolder } from './db';
import { createLogger, type Logger } from './logger';
import { ensureDiskTemplate, hasDiskTemplate } from './pglite-template';
import { servePglite, type PgliteServer } from './pglite-server';

/** One database to serve. */
export interface EmbeddedDatabase {
  /** The subgraph's name, e.g. `catalog`. */
  name: string;
  dataDir: string;
  migrationsFolder: string;
  /** Where it is served: `<folder>/.s.PGSQL.<port>`. */
  socketPath: string;
}

const migrateFolder = (migrationsFolder: string) => (client: PGlite) => migrate(drizzle(client), { migrationsFolder });

/** Opens and serves every database in `plan`; `stop` closes them all (each checkpointed, its lock released). */
export async function startEmbeddedDatabases(
  plan: EmbeddedDatabase[],
  logger: Logger,
  options: {
    /** Told as each database is served. */
    onServed?: (name: string) => void;
    /** Make missing templates in a child process running this process's entry (`runEmbeddedDatabases`). */
    templatesInChild?: boolean;
  } = {},
): Promise<{ stop(): Promise<void> }> {
  const { onServed, templatesInChild = false } = options;
  const missing = plan.filter((database) => !hasDiskTemplate(database.migrationsFolder) && !fs.existsSync(path.join(database.dataDir, 'PG_VERSION')));
  if (missing.length && templatesInChild) {
    const began = Date.now();
    await makeTemplatesInChild(missing.map((database) => database.migrationsFolder));
    logger.info({ databases: missing.map((d) => d.name) }, `made the database templates in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  }
  const open: Array<{ close(): Promise<void> }> = [];
  const servers: PgliteServer[] = [];
  try {
    // One after another: opening one is CPU work on this one thread, so together they would all be served late
    // (measured: the first after 10 s instead of 1 s); in turn, each subgraph gets its database as soon as it can.
    for (const database of plan) {
      fs.mkdirSync(path.dirname(database.socketPath), { recursive: true });
      fs.chmodSync(path.dirname(database.socketPath), 0o700); // no authentication: only this user may connect
      const opened = await openDataFolder(database.dataDir, database.migrationsFolder, migrateFolder(database.migrationsFolder));
      open.push(opened);
      const onError = (error: unknown) => logger.warn({ err: error, database: database.name }, 'a database connection failed');
      servers.push(await servePglite(opened.client, { socketPath: database.socketPath, onError }));
      logger.info({ database: database.name, dataDir: database.dataDir }, `serving ${database.name} on ${database.socketPath}`);
      onServed?.(database.name);
    }
  } catch (error) {
    await Promise.allSettled(servers.map((server) => server.close()));
    await Promise.allSettled(open.map((database) => database.close()));
    throw error;
  }
  return {
    stop: async () => {
      await Promise.allSettled(servers.map((server) => server.close()));
      await Promise.allSettled(open.map((database) => database.close()));
    },
  };
}

/** Makes the missing templates in a child process (this same entry, asked to), so that `initdb`'s memory goes with it. */
function makeTemplatesInChild(migrationsFolders: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--make-templates', ...migrationsFolders], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`making the database templates failed (${signal ?? `exit code ${code}`})`))));
  });
}

/**
 * The process entry (`scripts/databases.ts`): serves the plan in `EMBEDDED_DATABASE_PLAN` (JSON, from `npm start`),
 * tells its supervisor `{ served: <name> }` over IPC as each database is served and `{ ready: true }` once all are, and stops cleanly on SIGTERM/SIGINT
 * or when the supervisor is gone. With `--make-templates <migrations folder>…` it makes those templates and exits.
 */
export function runEmbeddedDatabases(): void {
  const [mode, ...folders] = process.argv.slice(2);
  if (mode === '--make-templates') {
    (async () => {
      for (const folder of folders) await ensureDiskTemplate(folder, migrateFolder(folder));
    })().then(
      () => process.exit(0),
      (error) => {
        console.error(`making the database templates failed: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      },
    );
    return;
  }
  const logger = createLogger('databases', process.env.LOG_LEVEL ?? 'info');
  const plan = JSON.parse(process.env.EMBEDDED_DATABASE_PLAN ?? '[]') as EmbeddedDatabase[];
  startEmbeddedDatabases(plan, logger, { onServed: (name) => process.send?.({ served: name }), templatesInChild: true }).then(
    (running) => {
      let stopping = false;
      const shutdown = () => {
        if (stopping) return;
        stopping = true;
        setTimeout(() => process.exit(1), 15_000).unref();
        running.stop().then(
          () => process.exit(0),
          (error) => {
            logger.error({ err: error }, 'error while stopping');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', shutdown);
      process.on('SIGINT', shutdown);
      if (process.send) {
        process.on('disconnect', shutdown);
        process.send({ ready: true });
      }
    },
    (error) => {
      logger.fatal({ err: error }, 'the embedded databases did not start');
      process.exit(1);
    },
  );
}
