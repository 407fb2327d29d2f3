import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import { isId, type Database } from '@zero/service';
import { cartLines, carts, type CartLineRow, type CartRow, type tables } from './db/schema';
import type { CatalogClient, VariantInfo } from './services/catalog-client';

/**
 * Per-request batching: one catalog call for every variant a request prices, and one SELECT for the lines of every
 * cart it shows, whatever the number of lines.
 */
export function createLoaders(db: Database<typeof tables>, catalog: CatalogClient) {
  return {
    variant: new DataLoader<string, VariantInfo | null>((ids) => catalog.variants(ids)),
    lines: new DataLoader<string, CartLineRow[]>(async (cartIds) => {
      const rows = await db
        .select()
        .from(cartLines)
        .where(inArray(cartLines.cartId, cartIds as string[]))
        .orderBy(asc(cartLines.createdAt), asc(cartLines.variantId));
      return cartIds.map((id) => rows.filter((row) => row.cartId === id));
    }),
    cartByUser: new DataLoader<string, CartRow | null>(async (userIds) => {
      const valid = userIds.filter(isId);
      const rows = valid.length ? await db.select().from(carts).where(inArray(carts.userId, valid)) : [];
      return userIds.map((id) => rows.find((row) => row.userId === id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
