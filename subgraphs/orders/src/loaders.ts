import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import { isId, type Database } from '@zero/service';
import { orderLines, orderStatusChanges, type OrderLineRow, type OrderRow, type OrderStatusChangeRow, type tables } from './db/schema';
import type { CustomerOrdersKey, OrderService } from './services/order-service';

/** Per-request batching: one SELECT per table for every order a request touches. */
export function createLoaders(db: Database<typeof tables>, service: OrderService) {
  const group = <T extends { orderId: string }>(ids: readonly string[], rows: T[]) => ids.map((id) => rows.filter((r) => r.orderId === id));
  return {
    order: new DataLoader<string, OrderRow | null>(async (ids) => {
      const rows = await service.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    lines: new DataLoader<string, OrderLineRow[]>(async (ids) =>
      group(ids, await db.select().from(orderLines).where(inArray(orderLines.orderId, ids.filter(isId))).orderBy(asc(orderLines.position))),
    ),
    history: new DataLoader<string, OrderStatusChangeRow[]>(async (ids) =>
      group(ids, await db.select().from(orderStatusChanges).where(inArray(orderStatusChanges.orderId, ids.filter(isId))).orderBy(asc(orderStatusChanges.at))),
    ),
    /** `User.orders` of every user a request touches: three statements in all (OrderService.listsByCustomer). */
    customerOrders: new DataLoader((keys: readonly CustomerOrdersKey[]) => service.listsByCustomer(keys), {
      cacheKeyFn: ({ customerId, first, after, status }) => JSON.stringify([customerId, first, after ?? null, status ?? null]),
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
