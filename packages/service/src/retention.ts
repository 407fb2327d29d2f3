import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import { inBatches } from './jobs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph's database deletes from its own tables
type AnyDatabase = Database<any>;

/**
 * Deletes the rows of `table` that `where` selects, `batchSize` at a time, each batch its own short statement (rows
 * picked by their physical address, so any table works whatever its key). A retention job over a large backlog never
 * holds locks on it all at once. Returns how many rows were deleted.
 */
export function deleteInBatches(db: AnyDatabase, table: PgTable, where: SQL, batchSize = 1000): Promise<number> {
  return inBatches(async (limit) => {
    const deleted = await db
      .delete(table)
      .where(sql`ctid IN (SELECT ctid FROM ${table} WHERE ${where} LIMIT ${limit})`)
      .returning({ one: sql`1` });
    return deleted.length;
  }, batchSize);
}
