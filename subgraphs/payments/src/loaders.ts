import DataLoader from 'dataloader';
import { and, asc, desc, inArray, isNull } from 'drizzle-orm';
import { isId, type Database } from '@zero/service';
import { paymentMethods, payments, type PaymentMethodRow, type PaymentRow, type tables } from './db/schema';

/** Per-request batching: one SELECT per table for every user, order or payment a request touches. */
export function createLoaders(db: Database<typeof tables>) {
  return {
    /** Current (not removed) cards of each user, newest first. */
    methodsByUser: new DataLoader<string, PaymentMethodRow[]>(async (userIds) => {
      const ids = userIds.filter(isId);
      const rows = ids.length
        ? await db
            .select()
            .from(paymentMethods)
            .where(and(inArray(paymentMethods.userId, ids), isNull(paymentMethods.removedAt)))
            .orderBy(desc(paymentMethods.createdAt), desc(paymentMethods.id))
        : [];
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
    /** Any card by id, removed ones included (a payment keeps showing its card). */
    method: new DataLoader<string, PaymentMethodRow | null>(async (methodIds) => {
      const ids = methodIds.filter(isId);
      const rows = ids.length ? await db.select().from(paymentMethods).where(inArray(paymentMethods.id, ids)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return methodIds.map((id) => byId.get(id) ?? null);
    }),
    payment: new DataLoader<string, PaymentRow | null>(async (paymentIds) => {
      const ids = paymentIds.filter(isId);
      const rows = ids.length ? await db.select().from(payments).where(inArray(payments.id, ids)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return paymentIds.map((id) => byId.get(id) ?? null);
    }),
    paymentsByOrder: new DataLoader<string, PaymentRow[]>(async (orderIds) => {
      const rows = await db
        .select()
        .from(payments)
        .where(inArray(payments.orderId, orderIds as string[]))
        .orderBy(asc(payments.createdAt), asc(payments.id));
      return orderIds.map((id) => rows.filter((row) => row.orderId === id));
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
