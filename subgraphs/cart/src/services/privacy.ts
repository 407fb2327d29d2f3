import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '@zero/service';
import { cartLines, carts, checkouts, type tables } from '../db/schema';

/** The cart subgraph's part of a data export and of an account erasure (the privacy rules of the API contract). */
export class CartPrivacy {
  constructor(private readonly db: Database<typeof tables>) {}

  /** The user's cart with its lines (variant ids and quantities; prices are the catalog's), for `exportMyData`. */
  async exportData(userId: string): Promise<object> {
    const [cart] = await this.db.select().from(carts).where(eq(carts.userId, userId));
    if (!cart) return { cart: null };
    const lines = await this.db
      .select({ variantId: cartLines.variantId, quantity: cartLines.quantity, addedAt: cartLines.createdAt })
      .from(cartLines)
      .where(eq(cartLines.cartId, cart.id))
      .orderBy(asc(cartLines.createdAt));
    return { cart: { createdAt: cart.createdAt, updatedAt: cart.updatedAt, lines } };
  }

  /**
   * Deletes the user's cart, its lines (by cascade), the guest carts merged into it and the record of its checkouts.
   * Idempotent.
   */
  async erase(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const owned = tx.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
      await tx.delete(checkouts).where(inArray(checkouts.cartId, owned));
      await tx.delete(carts).where(or(inArray(carts.mergedInto, owned), eq(carts.userId, userId)));
    });
  }
}
