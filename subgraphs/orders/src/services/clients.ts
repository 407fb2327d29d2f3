import { topic, type CallOptions, type ServiceClient, type Viewer } from '@zero/service';
import { CheckoutCartDocument, RemoveOrderedLinesDocument } from '../__generated__/cart.operations';
import {
  CommitReservationDocument,
  OrderVariantsDocument,
  ReleaseReservationDocument,
  ReserveStockDocument,
} from '../__generated__/catalog.operations';
import { RefundOrderPaymentsDocument } from '../__generated__/payments.operations';
import { SavedAddressesDocument, type SavedAddressesQuery } from '../__generated__/users.operations';

/**
 * What the orders subgraph asks of the others, each in one batched call. The operations are in
 * `<target>.operations.graphql` beside this file, checked against each target's schema by codegen.
 */

export interface CartSnapshot { id: string; lines: Array<{ variantId: string; quantity: number }> }
export interface VariantSnapshot { id: string; sku: string; title: string; productName: string; price: number; weightGrams: number; available: number; archived: boolean }
type UserEntity = Extract<SavedAddressesQuery['_entities'][number], { __typename: 'User' }>;
export type SavedAddress = UserEntity['addresses'][number];
export interface ReservationResult { ok: boolean; userErrors: Array<{ code: string; message: string; field: string[] | null }> }

export class Collaborators {
  constructor(
    private readonly cart: ServiceClient,
    private readonly catalog: ServiceClient,
    private readonly users: ServiceClient,
    private readonly payments: ServiceClient,
  ) {}

  /** The shopper's cart (null when there is none). */
  async cartOf(viewer: Viewer): Promise<CartSnapshot | null> {
    const { cart } = await this.cart.request(CheckoutCartDocument, {}, { viewer });
    if (!cart) return null;
    return { id: cart.id, lines: cart.lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })) };
  }

  /** Current catalog data of many variants, stock available included, in one request (absent for unknown ids). */
  async variants(ids: string[]): Promise<Map<string, VariantSnapshot>> {
    const data = await this.catalog.request(OrderVariantsDocument, { representations: ids.map((id) => ({ __typename: 'ProductVariant', id })) });
    const found = new Map<string, VariantSnapshot>();
    for (const v of data._entities) {
      if (v?.__typename === 'ProductVariant') {
        found.set(v.id, { id: v.id, sku: v.sku, title: v.title, productName: v.product.name, price: v.price.amount, weightGrams: v.weightGrams, available: v.quantityAvailable, archived: v.product.archived });
      }
    }
    return found;
  }

  /** The shopper's saved addresses. */
  async addressesOf(viewer: Viewer): Promise<SavedAddress[]> {
    const data = await this.users.request(SavedAddressesDocument, { representations: [{ __typename: 'User', id: viewer.id }] }, { viewer });
    const user = data._entities[0];
    return user?.__typename === 'User' ? user.addresses : [];
  }

  /** Reserves every line's stock under `reference`, all or none. */
  async reserve(reference: string, lines: Array<{ variantId: string; quantity: number }>, ttlSeconds: number): Promise<ReservationResult> {
    const { reserveStock } = await this.catalog.request(ReserveStockDocument, { reference, lines, ttlSeconds });
    return { ok: !!reserveStock.reservation, userErrors: reserveStock.userErrors };
  }

  /**
   * Commits (sold) or releases a reservation; both idempotent on the catalog's side. Returns 'lost' when a commit
   * found the goods gone: the reservation lapsed and its stock was sold, or stock on hand was set below it.
   */
  async settleReservation(reference: string, action: 'commit' | 'release', call: CallOptions = {}): Promise<'done' | 'lost'> {
    const errors =
      action === 'commit'
        ? (await this.catalog.request(CommitReservationDocument, { reference }, call)).commitReservation.userErrors
        : (await this.catalog.request(ReleaseReservationDocument, { reference }, call)).releaseReservation.userErrors;
    if (action === 'commit' && errors.some((e) => e.code === 'RESERVATION_EXPIRED' || e.code === 'STOCK_SHORT')) return 'lost';
    // NOT_FOUND: never reserved (nothing to do). Released already: final, nothing to retry.
    const benign = new Set(['NOT_FOUND', 'RESERVATION_RELEASED']);
    const fatal = errors.filter((e) => !benign.has(e.code));
    if (fatal.length) throw new Error(`${action} of reservation failed: ${fatal.map((e) => e.code).join(', ')}`);
    return 'done';
  }

  /** Removes the ordered quantities from the shopper's cart (idempotent per order). */
  async clearOrderedLines(viewer: Viewer, cartId: string, orderId: string, lines: Array<{ variantId: string; quantity: number }>, call: CallOptions = {}): Promise<void> {
    await this.cart.request(RemoveOrderedLinesDocument, { cartId, orderId, lines }, { ...call, viewer });
  }

  /** Refunds every successful payment of an order (idempotent). */
  async refundOrder(orderId: string, reason: string, call: CallOptions = {}): Promise<void> {
    await this.payments.request(RefundOrderPaymentsDocument, { orderId, reason }, call);
  }
}

/** The effects orders has on the others, delivered through its outbox, and what each event carries. */
export const Topic = {
  CART_CLEAR: topic<{ viewer: Viewer; cartId: string; orderId: string; lines: Array<{ variantId: string; quantity: number }> }>('cart.removeOrdered'),
  STOCK_COMMIT: topic<{ reference: string }>('stock.commit'),
  STOCK_RELEASE: topic<{ reference: string; committed: boolean }>('stock.release'),
  /** Written before a checkout reserves: gives the stock back unless the order was saved (order-service.ts). */
  STOCK_RELEASE_ABANDONED: topic<{ reference: string }>('stock.releaseAbandoned'),
  PAYMENTS_REFUND: topic<{ orderId: string; reason: string }>('payments.refund'),
};
