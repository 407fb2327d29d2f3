import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@zero/service';
import { reservationLines, reservations, variants, type tables } from '../db/schema';

/**
 * Stock availability, defined once: what can still be sold of a variant is its stock on hand minus the units that
 * live reservations (ACTIVE and not yet expired) hold, never below zero. The variant loaders (`quantityAvailable`,
 * `inStock`), the listing filter (`inStock`) and the reservation lock all read it from here, so they cannot disagree.
 */

/** The columns of a variant row in the surrounding query: `variants`, or an alias of it. */
export interface VariantColumns {
  id: PgColumn;
  onHand: PgColumn;
}

/** Units of the variant held by live reservations. */
function liveReservedSql(variantId: PgColumn): SQL<number> {
  return sql<number>`coalesce((select sum(${reservationLines.quantity}) from ${reservationLines}
    join ${reservations} on ${reservations.id} = ${reservationLines.reservationId}
    where ${reservationLines.variantId} = ${variantId} and ${reservations.status} = 'ACTIVE' and ${reservations.expiresAt} > now()), 0)`;
}

/** The SQL of a variant's available units, for use inside a query over its row. */
export function availableSql(variant: VariantColumns = variants): SQL<number> {
  return sql<number>`greatest(${variant.onHand} - ${liveReservedSql(variant.id)}, 0)::int`;
}

type Reader = Pick<Database<typeof tables>, 'select'>;

/**
 * Available units of several variants in one statement (unknown ids are left out). Inside a transaction that has
 * locked the variants' rows, this is what a reservation may take: read after the lock, it counts every reservation
 * committed before it.
 */
export async function availableOf(db: Reader, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: variants.id, available: availableSql() })
    .from(variants)
    .where(inArray(variants.id, [...ids]));
  return new Map(rows.map((row) => [row.id, Number(row.available)]));
}
