import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_POSTGRES_MAJOR, diskTemplateFolder, openDiskPglite } from './pglite-template';

/** New data folders come from a migrated template folder; each is a database of its own, kept across restarts. */
describe('openDiskPglite', () => {
  let root: string;
  let migrations: string;
  let migrated = 0;
  const migrate = async (client: PGlite) => {
    migrated++;
    await client.exec('CREATE TABLE IF NOT EXISTS notes (body text NOT NULL)');
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-disk-pglite-'));
    // A migrations folder of its own (with unique content), so this test's template is its own too.
    migrations = path.join(root, 'migrations');
    fs.mkdirSync(migrations);
    fs.writeFileSync(path.join(migrations, '0000_notes.sql'), `-- ${root}\nCREATE TABLE notes (body text NOT NULL);\n`);
  });
  afterAll(() => {
    fs.rmSync(diskTemplateFolder(migrations), { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a new folder is a copy of the migrated template, independent of the others and kept across restarts', async () => {
    const first = await openDiskPglite(path.join(root, 'a'), migrations, migrate);
    await first.query("INSERT INTO notes VALUES ('only in a')");
    await first.close();
    expect(migrated).toBe(2); // the template's migration, then the no-op check on the copy

    expect(fs.readFileSync(path.join(diskTemplateFolder(migrations), 'PG_VERSION'), 'utf8').trim()).toBe(EMBEDDED_POSTGRES_MAJOR);

    const second = await openDiskPglite(path.join(root, 'b'), migrations, migrate);
    expect((await second.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 0 }]);
    await second.close();
    expect(migrated).toBe(3); // no new template: only the check on the copy

    const again = await openDiskPglite(path.join(root, 'a'), migrations, migrate);
    expect((await again.query('SELECT body FROM notes')).rows).toEqual([{ body: 'only in a' }]);
    await again.close();
  });

  test('a data folder of another PostgreSQL version is refused with what to do, not opened', async () => {
    const old = path.join(root, 'old');
    fs.mkdirSync(old);
    fs.writeFileSync(path.join(old, 'PG_VERSION'), '17\n');
    await expect(openDiskPglite(old, migrations, migrate)).rejects.toThrow(/made by PostgreSQL 17.*embeds PostgreSQL 18.*Move the folder aside/);
  });

  test('a folder with files but no database is never written over', async () => {
    const other = path.join(root, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'mine');
    await expect(openDiskPglite(other, migrations, migrate)).rejects.toThrow(/holds files but no database/);
    expect(fs.readFileSync(path.join(other, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
