import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isId, lockKey, userError, type Database, type UserError } from '@zero/service';
import { CatalogCode } from '../codes';
import { products, reservationLines, reservations, stockMovements, variants, type ReservationRow, type tables, type VariantRow } from '../db/schema';
import { availableOf } from './availability';

type Db = Database<typeof tables>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface ReservationLineInput {
  variantId: string;
  quantity: number;
}
export interface ReservationView extends Pick<ReservationRow, 'reference' | 'status' | 'expiresAt'> {
  lines: ReservationLineInput[];
}
export type ReservationResult = { reservation: ReservationView | null; userErrors: UserError[] };

/** Limits of the internal reservation API. */
export const RESERVATION_LIMITS = { maxLines: 100, maxQuantity: 1000, maxTtlSeconds: 86_400, maxStock: 1_000_000 } as const;

/**
 * Stock: on hand per variant, the ledger of its changes, and reservations that hold stock for pending orders.
 * Every change runs in a transaction that locks the variant rows it touches (in id order, so two transactions
 * never wait on each other in a circle); availability is read after the lock, so it can never be oversold.
 */
export class InventoryService {
  constructor(
    private readonly db: Db,
    private readonly defaultTtlSeconds: number,
  ) {}

  /** Holds stock for every line or none; the same reference with the same lines returns the existing reservation. */
  async reserve(reference: string, lines: ReservationLineInput[], ttlSeconds: number | null | undefined, caller: string): Promise<ReservationResult> {
    const errors: UserError[] = [];
    if (!validReference(reference)) errors.push(userError(CatalogCode.INVALID_INPUT, 'reference must be 1–200 printable characters', ['reference']));
    if (lines.length === 0 || lines.length > RESERVATION_LIMITS.maxLines) {
      errors.push(userError(CatalogCode.INVALID_INPUT, `between 1 and ${RESERVATION_LIMITS.maxLines} lines`, ['lines']));
    }
    const ttl = ttlSeconds ?? this.defaultTtlSeconds;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > RESERVATION_LIMITS.maxTtlSeconds) {
      errors.push(userError(CatalogCode.INVALID_INPUT, `ttlSeconds must be between 1 and ${RESERVATION_LIMITS.maxTtlSeconds}`, ['ttlSeconds']));
    }
    const wanted = new Map<string, number>();
    lines.forEach((line, i) => {
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > RESERVATION_LIMITS.maxQuantity) {
        errors.push(userError(CatalogCode.INVALID_INPUT, `quantity must be between 1 and ${RESERVATION_LIMITS.maxQuantity}`, ['lines', String(i), 'quantity']));
      } else if (!isId(line.variantId)) {
        errors.push(userError(CatalogCode.UNKNOWN_VARIANT, 'No such variant', ['lines', String(i), 'variantId']));
      } else {
        wanted.set(line.variantId, (wanted.get(line.variantId) ?? 0) + line.quantity);
      }
    });
    if (errors.length) return { reservation: null, userErrors: errors };

    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`reservation:${reference}`));
      const existing = await this.find(tx, reference);
      if (existing?.status === 'RELEASED') {
        // Released — or released before it was made (`release`): a request that arrives after its caller gave up on
        // it holds nothing.
        return { reservation: null, userErrors: [userError(CatalogCode.RESERVATION_RELEASED, 'The reservation was released', ['reference'])] };
      }
      if (existing) {
        return sameLines(existing.lines, wanted)
          ? { reservation: existing, userErrors: [] }
          : { reservation: null, userErrors: [userError(CatalogCode.REFERENCE_REUSED, 'This reference was used for other lines', ['reference'])] };
      }
      const ids = [...wanted.keys()].sort();
      const stock = await this.lockVariants(tx, ids);
      const failures: UserError[] = [];
      lines.forEach((line, i) => {
        const row = stock.get(line.variantId);
        if (!row || row.archived) {
          failures.push(userError(CatalogCode.UNKNOWN_VARIANT, 'No such variant', ['lines', String(i), 'variantId']));
        } else if (row.available < wanted.get(line.variantId)!) {
          failures.push(userError(CatalogCode.OUT_OF_STOCK, `Only ${row.available} available`, ['lines', String(i), 'quantity']));
        }
      });
      if (failures.length) return { reservation: null, userErrors: failures };
      const expiresAt = new Date(Date.now() + ttl * 1000);
      const [created] = await tx.insert(reservations).values({ reference, caller, expiresAt }).returning();
      await tx.insert(reservationLines).values(ids.map((variantId) => ({ reservationId: created!.id, variantId, quantity: wanted.get(variantId)! })));
      return { reservation: { reference, status: created!.status, expiresAt, lines: ids.map((variantId) => ({ variantId, quantity: wanted.get(variantId)! })) }, userErrors: [] };
    });
  }

  /** The goods are sold: stock on hand goes down and the ledger says so. Idempotent. */
  async commit(reference: string, caller: string): Promise<ReservationResult> {
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`reservation:${reference}`));
      const existing = await this.find(tx, reference);
      if (!existing) return notFound();
      if (existing.status === 'COMMITTED') return { reservation: existing, userErrors: [] };
      if (existing.status === 'RELEASED') {
        return { reservation: null, userErrors: [userError(CatalogCode.RESERVATION_RELEASED, 'The reservation was released', ['reference'])] };
      }
      const ids = existing.lines.map((l) => l.variantId).sort();
      const stock = await this.lockVariants(tx, ids);
      if (existing.expiresAt.getTime() <= Date.now()) {
        // Expired reservations stop counting; the sale goes through only if the stock is still there.
        const short = existing.lines.some((line) => (stock.get(line.variantId)?.available ?? 0) < line.quantity);
        if (short) {
          return { reservation: null, userErrors: [userError(CatalogCode.RESERVATION_EXPIRED, 'The reservation expired and the stock is gone', ['reference'])] };
        }
      } else if (existing.lines.some((line) => (stock.get(line.variantId)?.onHand ?? 0) < line.quantity)) {
        // An admin's count (setStock) put stock on hand below what was held: the goods are not there to sell, and the
        // order must not be confirmed as if they were (orders cancels and refunds it, as for a lapsed reservation).
        return { reservation: null, userErrors: [userError(CatalogCode.STOCK_SHORT, 'Stock on hand is below the reservation: the goods are not there', ['reference'])] };
      }
      const moves = existing.lines.map((line) => {
        const onHand = stock.get(line.variantId)?.onHand ?? 0;
        const after = Math.max(onHand - line.quantity, 0); // never below 0, though the checks above leave it there
        return { variantId: line.variantId, delta: after - onHand, onHandAfter: after, reason: 'sale', reference, actor: caller };
      });
      await this.applyMoves(tx, moves);
      await tx.update(reservations).set({ status: 'COMMITTED', updatedAt: new Date() }).where(eq(reservations.reference, reference));
      return { reservation: { ...existing, status: 'COMMITTED' }, userErrors: [] };
    });
  }

  /**
   * The held stock is available again. Releasing a committed (sold) reservation undoes the sale — a paid order was
   * cancelled — and puts the goods back on hand, recorded in the ledger as a return. Idempotent.
   *
   * A reference never reserved is released all the same: an empty reservation, RELEASED, is kept for it (retention
   * deletes it with the others), so that its reserve, should it still arrive — the caller's request was slow, timed
   * out and was given up on, which is when callers release — is refused instead of holding stock no one will sell.
   */
  async release(reference: string, caller = 'system'): Promise<ReservationResult> {
    if (!validReference(reference)) return notFound();
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`reservation:${reference}`));
      const existing = await this.find(tx, reference);
      if (!existing) {
        const [released] = await tx.insert(reservations).values({ reference, caller, status: 'RELEASED', expiresAt: new Date() }).returning();
        return { reservation: { reference, status: 'RELEASED', expiresAt: released!.expiresAt, lines: [] }, userErrors: [] };
      }
      if (existing.status === 'RELEASED') return { reservation: existing, userErrors: [] };
      if (existing.status === 'COMMITTED') {
        // Give back exactly what the sale took, as the ledger recorded it (a sale may have taken less than the line
        // when stock on hand had been lowered below the reservation), so no unit appears from nowhere.
        const sold = await tx
          .select({ variantId: stockMovements.variantId, delta: stockMovements.delta })
          .from(stockMovements)
          .where(and(eq(stockMovements.reference, reference), eq(stockMovements.reason, 'sale')));
        const stock = await this.lockVariants(tx, sold.map((s) => s.variantId).sort());
        const moves = sold
          .filter(({ delta }) => delta < 0)
          .map(({ variantId, delta }) => ({ variantId, delta: -delta, onHandAfter: (stock.get(variantId)?.onHand ?? 0) - delta, reason: 'return', reference, actor: caller }));
        await this.applyMoves(tx, moves);
      }
      await tx.update(reservations).set({ status: 'RELEASED', updatedAt: new Date() }).where(eq(reservations.reference, reference));
      return { reservation: { ...existing, status: 'RELEASED' }, userErrors: [] };
    });
  }

  /** Sets a variant's stock on hand and writes the change to the ledger. */
  async setStock(variantId: string, quantity: number, actor: string): Promise<{ variant: VariantRow | null; userErrors: UserError[] }> {
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > RESERVATION_LIMITS.maxStock) {
      return { variant: null, userErrors: [userError(CatalogCode.INVALID_INPUT, `quantity must be between 0 and ${RESERVATION_LIMITS.maxStock}`, ['quantity'])] };
    }
    if (!isId(variantId)) return { variant: null, userErrors: [userError(CatalogCode.NOT_FOUND, 'No such variant', ['variantId'])] };
    return this.db.transaction(async (tx) => {
      const [current] = await tx.select().from(variants).where(eq(variants.id, variantId)).for('update');
      if (!current) return { variant: null, userErrors: [userError(CatalogCode.NOT_FOUND, 'No such variant', ['variantId'])] };
      if (current.onHand === quantity) return { variant: current, userErrors: [] };
      const [updated] = await tx.update(variants).set({ onHand: quantity }).where(eq(variants.id, variantId)).returning();
      await tx.insert(stockMovements).values({ variantId, delta: quantity - current.onHand, onHandAfter: quantity, reason: 'adjustment', actor });
      return { variant: updated!, userErrors: [] };
    });
  }

  /** Sets the new stock on hand of several (locked) variants and records the movements: two statements in all. */
  private async applyMoves(tx: Tx, moves: Array<typeof stockMovements.$inferInsert & { onHandAfter: number }>): Promise<void> {
    if (moves.length === 0) return;
    const values = sql.join(moves.map((m) => sql`(${m.variantId}::uuid, ${m.onHandAfter}::int)`), sql`, `);
    await tx.execute(sql`UPDATE ${variants} SET on_hand = v.on_hand FROM (VALUES ${values}) AS v(id, on_hand) WHERE ${variants.id} = v.id`);
    await tx.insert(stockMovements).values(moves);
  }

  private async find(tx: Tx, reference: string): Promise<ReservationView | null> {
    const [row] = await tx.select().from(reservations).where(eq(reservations.reference, reference));
    if (!row) return null;
    const lines = await tx
      .select({ variantId: reservationLines.variantId, quantity: reservationLines.quantity })
      .from(reservationLines)
      .where(eq(reservationLines.reservationId, row.id))
      .orderBy(asc(reservationLines.variantId));
    return { reference: row.reference, status: row.status, expiresAt: row.expiresAt, lines };
  }

  /**
   * Locks the variants (FOR UPDATE, in id order) and then reads what is available: the read happens after the
   * lock, so a concurrent reservation of the same variant is either fully counted or still waiting.
   */
  private async lockVariants(tx: Tx, ids: string[]): Promise<Map<string, { onHand: number; available: number; archived: boolean }>> {
    if (ids.length === 0) return new Map();
    const locked = await tx
      .select({ id: variants.id, onHand: variants.onHand, archivedAt: products.archivedAt })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(inArray(variants.id, ids))
      .orderBy(asc(variants.id))
      .for('update', { of: variants });
    const available = await availableOf(tx, ids);
    return new Map(locked.map((row) => [row.id, { onHand: row.onHand, available: available.get(row.id) ?? 0, archived: row.archivedAt !== null }]));
  }
}

function notFound(): ReservationResult {
  return { reservation: null, userErrors: [userError(CatalogCode.NOT_FOUND, 'No such reservation', ['reference'])] };
}

function validReference(reference: string): boolean {
  return reference.length >= 1 && reference.length <= 200 && !/[\u0000-\u001f]/.test(reference);
}

function sameLines(lines: ReservationLineInput[], wanted: Map<string, number>): boolean {
  return lines.length === wanted.size && lines.every((line) => wanted.get(line.variantId) === line.quantity);
}
