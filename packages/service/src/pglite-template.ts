/**
 * PGlite databases start from a snapshot of a freshly migrated database instead of running initdb and every
 * migration again: every in-memory one (`memory://`: every test platform, the storefront's end-to-end platform), and
 * a data folder created for the first time (`npm start` on a new `.data`), copied from a migrated template folder.
 *
 * Why: booting a platform opens seven databases. Each fresh PGlite runs initdb inside WebAssembly (about 1.2 s of
 * CPU on a quiet machine, several on a busy one) and then the subgraph's migrations; loading a snapshot costs about a
 * quarter of that; and the compiled WebAssembly module and the file-system bundle are shared by every database of the
 * process (the tests' in-memory ones, `npm start`'s data folders) instead of being built per database. On a machine starved of CPU (the suite
 * beside sixteen busy processes) the boot is what ran out of time.
 *
 * The snapshot is keyed by a digest of the migrations folder and the PGlite version, written once per machine to
 * the temporary folder (written to a temporary name and renamed, so concurrent test workers never read half a file),
 * and read again for each database. Migrations still run after loading, as a no-op check that the snapshot is
 * current. Nothing here is used for an existing data folder or on PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const TEMPLATE_DIR = path.join(os.tmpdir(), 'zero-pglite-templates');

/** The PostgreSQL major version PGlite embeds (0.5: PostgreSQL 18); a data folder of another cannot be opened. */
export const EMBEDDED_POSTGRES_MAJOR = '18';

/**
 * How every embedded database is started: PostgreSQL's default `shared_buffers` (128 MB, allocated and touched at
 * start) was most of each subgraph's memory. A subgraph's own data is a megabyte or two (the rest of a data folder's
 * 22 MB is PostgreSQL's catalogs and template databases): 8 MB holds its working set many times over, and seven
 * databases in one process hold 52 MiB less than with 16 MB (measured).
 */
const START = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB'] };

let runtime: Promise<{ wasmModule: WebAssembly.Module; fsBundle: Blob } | null> | undefined;

/** PGlite's WebAssembly module and file-system bundle, compiled and read once per process (null if not found). */
function sharedRuntime(): Promise<{ wasmModule: WebAssembly.Module; fsBundle: Blob } | null> {
  runtime ??= (async () => {
    try {
      const dist = path.dirname(require.resolve('@electric-sql/pglite'));
      const [wasm, data] = await Promise.all([fs.promises.readFile(path.join(dist, 'pglite.wasm')), fs.promises.readFile(path.join(dist, 'pglite.data'))]);
      return { wasmModule: await WebAssembly.compile(wasm), fsBundle: new Blob([data]) };
    } catch {
      return null; // a PGlite laid out differently: each database loads its own, as PGlite does by default
    }
  })();
  return runtime;
}

/** Digest of everything that shapes a freshly migrated database: the migration files and the PGlite version. */
function templateKey(migrationsFolder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(migrationsFolder, full)).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(migrationsFolder);
  hash.update((PGlite as unknown as { version?: string }).version ?? readPgliteVersion());
  return hash.digest('hex').slice(0, 32);
}

function readPgliteVersion(): string {
  try {
    const manifest = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const templateFile = (migrationsFolder: string) => path.join(TEMPLATE_DIR, `${templateKey(migrationsFolder)}.tar`);
const readTemplate = (file: string) => fs.promises.readFile(file).catch(() => null);

/** Keeps a just-migrated database as the snapshot for the next caller; best effort. */
async function saveTemplate(client: PGlite, file: string): Promise<void> {
  try {
    const dump = await client.dumpDataDir('none');
    await fs.promises.mkdir(TEMPLATE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await fs.promises.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await fs.promises.rename(partial, file);
  } catch {
    // No snapshot this time (a read-only temporary folder, a full disk): the next database is created afresh.
  }
}

/**
 * A new in-memory PGlite database with `migrate` applied: loaded from the snapshot when there is one, otherwise
 * created, migrated and snapshotted for the next caller.
 */
export async function openMemoryPglite(migrationsFolder: string, migrate: (client: PGlite) => Promise<void>): Promise<PGlite> {
  const shared = (await sharedRuntime()) ?? {};
  const file = templateFile(migrationsFolder);
  const snapshot = await readTemplate(file);
  if (snapshot) {
    const client = await PGlite.create({ ...START, ...shared, loadDataDir: new Blob([snapshot]) });
    await migrate(client); // a no-op when the snapshot is current
    return client;
  }
  const client = await PGlite.create({ ...START, ...shared });
  await migrate(client);
  await saveTemplate(client, file);
  return client;
}

/**
 * Makes `dataDir` hold a database PGlite can open: checks the PostgreSQL version of an existing one; fills a new or
 * empty folder with a copy of the migrated template (made first when this machine has none).
 */
export async function prepareDiskFolder(dataDir: string, migrationsFolder: string, migrate: (client: PGlite) => Promise<void>): Promise<void> {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (fs.existsSync(versionFile)) {
    const found = fs.readFileSync(versionFile, 'utf8').trim();
    if (found !== EMBEDDED_POSTGRES_MAJOR) {
      throw new Error(
        `The embedded database in ${dataDir} was made by PostgreSQL ${found}; this version of the platform embeds ` +
          `PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}, which cannot open it. Move the folder aside (or delete it: npm start ` +
          'seeds the demo data again), or set DATABASE_URL to a PostgreSQL server.',
      );
    }
  } else {
    // Never written over: a folder with files but no database is not ours to replace.
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} holds files but no database; give the embedded database an empty or new folder`);
    }
    const template = await ensureDiskTemplate(migrationsFolder, migrate);
    // Copied beside it, then renamed: a start interrupted mid-copy leaves no half database in its place.
    const partial = `${dataDir}.copy-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    await copyFolder(template, partial);
    fs.rmSync(dataDir, { recursive: true, force: true }); // empty, or absent: checked above
    fs.renameSync(partial, dataDir);
  }
}

/**
 * The PGlite database kept in `dataDir`, with `migrate` applied. A folder that holds no database yet is a copy of the
 * migrated template folder when this machine has one; otherwise the template folder is made first (initdb and
 * migrations in a folder of its own, closed cleanly) and then copied. A plain file copy, not a snapshot loaded through
 * PGlite: loading one costs each process about 100 MiB of memory it keeps, copying costs nothing after it. An
 * existing database is opened as it is.
 */
export async function openDiskPglite(dataDir: string, migrationsFolder: string, migrate: (client: PGlite) => Promise<void>): Promise<PGlite> {
  await prepareDiskFolder(dataDir, migrationsFolder, migrate);
  // The compiled module is shared: a process that opens several databases (`npm start`'s) compiles PostgreSQL once.
  const client = await PGlite.create(dataDir, { ...START, ...((await sharedRuntime()) ?? {}) });
  await migrate(client); // a no-op for a fresh copy of a current template
  return client;
}

/**
 * Copies a folder (a template: about a thousand files, 39 MB) without holding up the event loop: `npm start`'s
 * database process serves the databases it has opened while it copies the next. The system's `cp` in a child process
 * does it in 70–120 ms a folder, measured seven folders in a row; `fs.promises.cp` took 520–860 ms (a round trip
 * to libuv's threads per file operation) and `fs.cpSync` blocks. Where there is no `cp`, `fs.promises.cp`.
 */
async function copyFolder(from: string, to: string): Promise<void> {
  const copied = await new Promise<boolean>((resolve) => {
    execFile('cp', ['-R', from, to], (error) => resolve(!error));
  });
  if (copied) return;
  fs.rmSync(to, { recursive: true, force: true });
  await fs.promises.cp(from, to, { recursive: true });
}

/**
 * The migrated template folder for `migrationsFolder`, made first when this machine has none. Making one runs
 * `initdb`, whose memory (a second WebAssembly module, 0.5–0.7 GiB) the process keeps: `npm start` makes them in a
 * short-lived child process (`embedded-databases.ts`) so that the process serving the databases never holds it.
 */
export async function ensureDiskTemplate(migrationsFolder: string, migrate: (client: PGlite) => Promise<void>): Promise<string> {
  const template = diskTemplateFolder(migrationsFolder);
  if (!hasDiskTemplate(migrationsFolder)) await makeTemplateFolder(template, migrate);
  return template;
}

/** Whether this machine has the migrated template folder for `migrationsFolder`. */
export const hasDiskTemplate = (migrationsFolder: string) => fs.existsSync(path.join(diskTemplateFolder(migrationsFolder), 'PG_VERSION'));

/** Where the template folder for `migrationsFolder` is kept. */
export const diskTemplateFolder = (migrationsFolder: string) => path.join(TEMPLATE_DIR, `${templateKey(migrationsFolder)}.folder`);

/** Creates, migrates and closes a database in a folder of its own, then puts it in place (the first one made wins). */
async function makeTemplateFolder(template: string, migrate: (client: PGlite) => Promise<void>): Promise<void> {
  const partial = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  const client = await PGlite.create(partial, START);
  try {
    await migrate(client);
  } finally {
    await client.close();
  }
  try {
    fs.renameSync(partial, template);
  } catch {
    fs.rmSync(partial, { recursive: true, force: true }); // another process put its own in place first
    if (!fs.existsSync(path.join(template, 'PG_VERSION'))) throw new Error(`could not create the database template ${template}`);
  }
}
