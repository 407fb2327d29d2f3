/**
 * In-memory PGlite databases (`memory://`: every test platform, the storefront's end-to-end platform) start from a
 * snapshot of a freshly migrated database instead of running initdb and every migration again.
 *
 * Why: booting a platform opens seven databases. Each fresh PGlite runs initdb inside WebAssembly (about 1.2 s of
 * CPU) and then the subgraph's migrations; loading a snapshot costs about half of that, and the compiled WebAssembly
 * module and the file-system bundle are shared by every database of the process instead of being built per
 * database. On a machine starved of CPU (the suite beside sixteen busy processes) the boot is what ran out of time.
 *
 * The snapshot is keyed by a digest of the migrations folder and the PGlite version, written once per machine to
 * the temporary folder (written to a temporary name and renamed, so concurrent test workers never read half a file),
 * and read again for each database. Migrations still run after loading, as a no-op check that the snapshot is
 * current. Nothing here is used for databases kept on disk or on PostgreSQL.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const TEMPLATE_DIR = path.join(os.tmpdir(), 'zero-pglite-templates');

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

/**
 * A new in-memory PGlite database with `migrate` applied: loaded from the snapshot when there is one, otherwise
 * created, migrated and snapshotted for the next caller.
 */
export async function openMemoryPglite(migrationsFolder: string, migrate: (client: PGlite) => Promise<void>): Promise<PGlite> {
  const shared = (await sharedRuntime()) ?? {};
  const file = path.join(TEMPLATE_DIR, `${templateKey(migrationsFolder)}.tar`);
  const snapshot = await fs.promises.readFile(file).catch(() => null);
  if (snapshot) {
    const client = await PGlite.create({ ...shared, loadDataDir: new Blob([snapshot]) });
    await migrate(client); // a no-op when the snapshot is current
    return client;
  }
  const client = await PGlite.create(shared);
  await migrate(client);
  try {
    const dump = await client.dumpDataDir('none');
    await fs.promises.mkdir(TEMPLATE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await fs.promises.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await fs.promises.rename(partial, file);
  } catch {
    // No snapshot this time (a read-only temporary folder, a full disk): the next database is created afresh.
  }
  return client;
}
