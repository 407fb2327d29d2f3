import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { deleteInBatches, lockKey, unauthenticated, userError, type Database, type UserError } from '@zero/service';
import { CartCode } from '../codes';
import { cartLines, carts, checkouts, type CartRow, type tables } from '../db/schema';
import type { VariantInfo } from './catalog-client';
import { GUEST_CART_TTL_MS, MAX_LINE_QUANTITY, MAX_LINES, isLineQuantity, mergedQuantity } from './rules';

type Db = Database<typeof tables>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who acts on a cart: the signed-in shopper (or nobody), and whether the caller is another service. */
export interface Actor {
  userId: string | null;
  /** Services (e.g. orders at checkout) act on the carts they are given. */
  service: boolean;
}

/** Looks variants up in the catalog; the resolvers pass the request's DataLoader, so a request makes one call. */
export type VariantLookup = (ids: string[]) => Promise<(VariantInfo | null)[]>;

export interface CartResult {
  cart: CartRow | null;
  userErrors: UserError[];
}

const fail = (error: UserError): CartResult => ({ cart: null, userErrors: [error] });
const noSuchCart = () => fail(userError(CartCode.NOT_FOUND, 'No such cart', ['cartId']));
const ok = (cart: CartRow): CartResult => ({ cart, userErrors: [] });
const lockCart = (tx: Tx, id: string) => tx.execute(lockKey(`cart:${id}`));

/** A new cart id: 256 random bits, base64url. For a guest cart it is the only key, so it must be unguessable. */
export function newCartId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Guest and signed-in carts. Every change of a cart runs in a transaction holding that cart's advisory lock, so
 * concurrent adds and merges never lose or double a quantity. Another shopper's cart, an unknown, expired or merged
 * one are all NOT_FOUND alike.
 */
export class CartService {
  constructor(
    private readonly db: Db,
    private readonly options: { guestTtlMs?: number; now?: () => Date } = {},
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Whether `actor` may use `cart`: a live guest cart by anyone holding its id, a shopper's cart by its owner only. */
  private usable(cart: CartRow | undefined, actor: Actor): cart is CartRow {
    if (!cart || cart.mergedInto) return false;
    if (cart.userId) return actor.service || cart.userId === actor.userId;
    return cart.updatedAt.getTime() > this.now().getTime() - (this.options.guestTtlMs ?? GUEST_CART_TTL_MS);
  }

  /** A cart by id, if `actor` may use it; null otherwise. */
  async find(id: string, actor: Actor): Promise<CartRow | null> {
    const [row] = await this.db.select().from(carts).where(eq(carts.id, id));
    return this.usable(row, actor) ? row : null;
  }

  /** The shopper's cart, or null before their first add. */
  async ownCart(userId: string): Promise<CartRow | null> {
    const [row] = await this.db.select().from(carts).where(eq(carts.userId, userId));
    return row ?? null;
  }

  /** Creates an empty guest cart. */
  async createGuestCart(): Promise<CartResult> {
    const [row] = await this.db.insert(carts).values({ id: newCartId() }).returning();
    return ok(row!);
  }

  /** Adds units of a variant, to its line if it has one; creates the shopper's cart on first add. */
  async addToCart(actor: Actor, cartId: string | null | undefined, variantId: string, quantity: number, lookup: VariantLookup): Promise<CartResult> {
    if (!isLineQuantity(quantity)) {
      return fail(userError(CartCode.INVALID_QUANTITY, `Quantity must be between 1 and ${MAX_LINE_QUANTITY}`, ['quantity']));
    }
    let cart = await this.target(actor, cartId);
    if (cart === 'not-found') return noSuchCart();
    // One catalog call prices the new variant and the lines the response will show.
    const [variant] = await lookup([variantId, ...(cart ? await this.lineVariantIds(cart.id) : [])]);
    if (!variant || !variant.forSale) return fail(userError(CartCode.UNKNOWN_VARIANT, 'No such product variant', ['variantId']));
    cart ??= await this.ensureOwnCart(actor.userId!);

    const cartIdToLock = cart.id;
    return this.db.transaction(async (tx) => {
      await lockCart(tx, cartIdToLock);
      const current = await this.reread(tx, cartIdToLock, actor);
      if (!current) return noSuchCart();
      const lines = await tx.select().from(cartLines).where(eq(cartLines.cartId, current.id));
      const line = lines.find((l) => l.variantId === variantId);
      const next = (line?.quantity ?? 0) + quantity;
      if (next > MAX_LINE_QUANTITY) {
        return fail(userError(CartCode.INVALID_QUANTITY, `A line holds at most ${MAX_LINE_QUANTITY} units (this one has ${line?.quantity ?? 0})`, ['quantity']));
      }
      if (!line && lines.length >= MAX_LINES) return fail(userError(CartCode.CART_FULL, `A cart holds at most ${MAX_LINES} lines`, ['variantId']));
      if (next > variant.quantityAvailable) {
        return fail(userError(CartCode.OUT_OF_STOCK, `Only ${variant.quantityAvailable} available`, ['quantity']));
      }
      if (line) {
        await tx.update(cartLines).set({ quantity: next }).where(and(eq(cartLines.cartId, current.id), eq(cartLines.variantId, variantId)));
      } else {
        await tx.insert(cartLines).values({ cartId: current.id, variantId, quantity: next });
      }
      return ok(await this.touch(tx, current.id));
    });
  }

  /** Sets a line's quantity; 0 removes it. Raising it is checked against the stock available. */
  async updateCartLine(actor: Actor, cartId: string | null | undefined, variantId: string, quantity: number, lookup: VariantLookup): Promise<CartResult> {
    if (quantity === 0) return this.removeFromCart(actor, cartId, variantId);
    if (!isLineQuantity(quantity)) {
      return fail(userError(CartCode.INVALID_QUANTITY, `Quantity must be between 0 and ${MAX_LINE_QUANTITY}`, ['quantity']));
    }
    const cart = await this.target(actor, cartId);
    if (!cart || cart === 'not-found') return noSuchCart();
    const ids = await this.lineVariantIds(cart.id);
    if (!ids.includes(variantId)) return fail(userError(CartCode.NOT_FOUND, 'This variant is not in the cart', ['variantId']));
    const variants = await lookup(ids);
    const variant = variants[ids.indexOf(variantId)];
    if (!variant) return fail(userError(CartCode.UNKNOWN_VARIANT, 'No such product variant', ['variantId']));

    return this.db.transaction(async (tx) => {
      await lockCart(tx, cart.id);
      const current = await this.reread(tx, cart.id, actor);
      if (!current) return noSuchCart();
      const [line] = await tx.select().from(cartLines).where(and(eq(cartLines.cartId, current.id), eq(cartLines.variantId, variantId)));
      if (!line) return fail(userError(CartCode.NOT_FOUND, 'This variant is not in the cart', ['variantId']));
      // Lowering a line is always allowed, even when stock has since dropped below it.
      if (quantity > line.quantity && quantity > variant.quantityAvailable) {
        return fail(userError(CartCode.OUT_OF_STOCK, `Only ${variant.quantityAvailable} available`, ['quantity']));
      }
      await tx.update(cartLines).set({ quantity }).where(and(eq(cartLines.cartId, current.id), eq(cartLines.variantId, variantId)));
      return ok(await this.touch(tx, current.id));
    });
  }

  /** Removes a variant's line; a line that is not there changes nothing. */
  async removeFromCart(actor: Actor, cartId: string | null | undefined, variantId: string): Promise<CartResult> {
    return this.change(actor, cartId, (tx, id) => tx.delete(cartLines).where(and(eq(cartLines.cartId, id), eq(cartLines.variantId, variantId))).returning());
  }

  /**
   * After an order was placed from a cart: takes the ordered quantities out of it (lines added since stay). Once per
   * order, however often the orders subgraph's outbox delivers it.
   */
  async removeOrderedLines(cartId: string, orderId: string, lines: Array<{ variantId: string; quantity: number }>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await lockCart(tx, cartId);
      const [done] = await tx.insert(checkouts).values({ orderId, cartId }).onConflictDoNothing().returning();
      if (!done) return true;
      if (lines.length) {
        // Two statements for any number of lines: lines ordered in full go, the others shrink.
        const ordered = sql`(VALUES ${sql.join(lines.map((l) => sql`(${l.variantId}, ${l.quantity}::int)`), sql`, `)}) AS o(variant_id, quantity)`;
        await tx.execute(sql`DELETE FROM ${cartLines} USING ${ordered}
          WHERE ${cartLines.cartId} = ${cartId} AND ${cartLines.variantId} = o.variant_id AND ${cartLines.quantity} <= o.quantity`);
        await tx.execute(sql`UPDATE ${cartLines} SET quantity = ${cartLines.quantity} - o.quantity FROM ${ordered}
          WHERE ${cartLines.cartId} = ${cartId} AND ${cartLines.variantId} = o.variant_id`);
      }
      await tx.update(carts).set({ updatedAt: this.now() }).where(eq(carts.id, cartId));
      return true;
    });
  }

  /** Removes every line. */
  async clearCart(actor: Actor, cartId: string | null | undefined): Promise<CartResult> {
    return this.change(actor, cartId, (tx, id) => tx.delete(cartLines).where(eq(cartLines.cartId, id)).returning());
  }

  /**
   * Moves a guest cart's lines into the shopper's cart, capping each line at 10, in one transaction under both carts'
   * locks. The guest cart is marked merged in that same transaction, so a second merge (even a concurrent one)
   * finds it merged and changes nothing.
   */
  async mergeCart(userId: string, guestCartId: string): Promise<CartResult> {
    const notFound = () => fail(userError(CartCode.NOT_FOUND, 'No such guest cart', ['guestCartId']));
    const [guest] = await this.db.select().from(carts).where(eq(carts.id, guestCartId));
    if (!guest) return notFound();
    if (guest.userId) return guest.userId === userId ? ok(guest) : notFound(); // merging one's own cart into itself: nothing to do
    const own = await this.ensureOwnCart(userId);

    return this.db.transaction(async (tx) => {
      // Always the shopper's cart first, then the guest cart: one order for every transaction taking both.
      await lockCart(tx, own.id);
      await lockCart(tx, guest.id);
      const [current] = await tx.select().from(carts).where(eq(carts.id, guest.id));
      if (!current) return notFound();
      if (current.mergedInto) return current.mergedInto === own.id ? ok((await this.reread(tx, own.id, { userId, service: false }))!) : notFound();
      if (!this.usable(current, { userId, service: false })) return notFound();

      const guestLines = await tx.select().from(cartLines).where(eq(cartLines.cartId, guest.id)).orderBy(asc(cartLines.createdAt));
      const ownLines = await tx.select().from(cartLines).where(eq(cartLines.cartId, own.id));
      const merged = new Map(ownLines.map((l) => [l.variantId, l.quantity]));
      for (const line of guestLines) merged.set(line.variantId, mergedQuantity(merged.get(line.variantId) ?? 0, line.quantity));
      if (merged.size > MAX_LINES) {
        return fail(userError(CartCode.CART_FULL, `Together the carts would hold more than ${MAX_LINES} lines`, ['guestCartId']));
      }
      if (guestLines.length) {
        await tx
          .insert(cartLines)
          .values(guestLines.map((l) => ({ cartId: own.id, variantId: l.variantId, quantity: l.quantity })))
          .onConflictDoUpdate({
            target: [cartLines.cartId, cartLines.variantId],
            set: { quantity: sql`least(${MAX_LINE_QUANTITY}, ${cartLines.quantity} + excluded.quantity)` },
          });
        await tx.delete(cartLines).where(eq(cartLines.cartId, guest.id));
      }
      await tx.update(carts).set({ mergedInto: own.id, mergedAt: this.now() }).where(eq(carts.id, guest.id));
      return ok(await this.touch(tx, own.id));
    });
  }

  /** Deletes guest carts (merged or not) unchanged for the TTL, `batchSize` per statement; returns how many. */
  async purgeExpiredGuestCarts(batchSize = 1000): Promise<number> {
    const cutoff = new Date(this.now().getTime() - (this.options.guestTtlMs ?? GUEST_CART_TTL_MS));
    return deleteInBatches(this.db, carts, and(isNull(carts.userId), lt(carts.updatedAt, cutoff))!, batchSize);
  }

  /** The cart a mutation is about: the given one (if usable), else the shopper's (null before their first add). */
  private async target(actor: Actor, cartId: string | null | undefined): Promise<CartRow | null | 'not-found'> {
    if (cartId != null) return (await this.find(cartId, actor)) ?? 'not-found';
    if (!actor.userId) throw unauthenticated('Sign in, or pass the id of a guest cart');
    return this.ownCart(actor.userId);
  }

  /** Runs a removal on a cart under its lock; bumps `updatedAt` only when something changed. */
  private async change(actor: Actor, cartId: string | null | undefined, remove: (tx: Tx, id: string) => Promise<unknown[]>): Promise<CartResult> {
    const cart = await this.target(actor, cartId);
    if (!cart || cart === 'not-found') return noSuchCart();
    return this.db.transaction(async (tx) => {
      await lockCart(tx, cart.id);
      const current = await this.reread(tx, cart.id, actor);
      if (!current) return noSuchCart();
      const removed = await remove(tx, current.id);
      return ok(removed.length ? await this.touch(tx, current.id) : current);
    });
  }

  /** The cart again, under its lock: it may have been merged or expired since it was first read. */
  private async reread(tx: Tx, id: string, actor: Actor): Promise<CartRow | null> {
    const [row] = await tx.select().from(carts).where(eq(carts.id, id));
    return this.usable(row, actor) ? row : null;
  }

  private async touch(tx: Tx, id: string): Promise<CartRow> {
    const [row] = await tx.update(carts).set({ updatedAt: this.now() }).where(eq(carts.id, id)).returning();
    return row!;
  }

  private async lineVariantIds(cartId: string): Promise<string[]> {
    const rows = await this.db.select({ variantId: cartLines.variantId }).from(cartLines).where(eq(cartLines.cartId, cartId));
    return rows.map((r) => r.variantId);
  }

  /** The shopper's cart, created if missing; the unique index settles concurrent first adds. */
  private async ensureOwnCart(userId: string): Promise<CartRow> {
    await this.db.insert(carts).values({ id: newCartId(), userId }).onConflictDoNothing();
    return (await this.ownCart(userId))!;
  }
}
