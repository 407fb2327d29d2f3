import type { ServiceClient, Viewer } from '@zero/service';

/** What the orders subgraph asks of the others, each in one batched call. */

export interface CartSnapshot { id: string; lines: Array<{ variantId: string; quantity: number }> }
export interface VariantSnapshot { id: string; sku: string; title: string; productName: string; price: number; weightGrams: number }
export interface SavedAddress {
  id: string; recipientName: string; line1: string; line2: string | null; city: string; region: string;
  postalCode: string; country: string; phone: string | null; isDefaultShipping: boolean;
}
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
    const data = await this.cart.request<{ cart: { id: string; lines: Array<{ variant: { id: string }; quantity: number }> } | null }>(
      '{ cart { id lines { variant { id } quantity } } }',
      {},
      viewer,
    );
    if (!data.cart) return null;
    return { id: data.cart.id, lines: data.cart.lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })) };
  }

  /** Current catalog data of many variants, in one request (null for unknown ids). */
  async variants(ids: string[]): Promise<Map<string, VariantSnapshot>> {
    const data = await this.catalog.request<{ _entities: Array<{ id: string; sku: string; title: string; price: { amount: number }; weightGrams: number; product: { name: string } } | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { id sku title price { amount } weightGrams product { name } } } }',
      { r: ids.map((id) => ({ __typename: 'ProductVariant', id })) },
    );
    const found = new Map<string, VariantSnapshot>();
    for (const v of data._entities) {
      if (v) found.set(v.id, { id: v.id, sku: v.sku, title: v.title, productName: v.product.name, price: v.price.amount, weightGrams: v.weightGrams });
    }
    return found;
  }

  /** The shopper's saved addresses. */
  async addressesOf(viewer: Viewer): Promise<SavedAddress[]> {
    const data = await this.users.request<{ _entities: Array<{ addresses: SavedAddress[] } | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { addresses { id recipientName line1 line2 city region postalCode country phone isDefaultShipping } } } }',
      { r: [{ __typename: 'User', id: viewer.id }] },
      viewer,
    );
    return data._entities[0]?.addresses ?? [];
  }

  /** Reserves every line's stock under `reference`, all or none. */
  async reserve(reference: string, lines: Array<{ variantId: string; quantity: number }>, ttlSeconds: number): Promise<ReservationResult> {
    const data = await this.catalog.request<{ reserveStock: { reservation: { reference: string } | null; userErrors: ReservationResult['userErrors'] } }>(
      'mutation($ref: String!, $lines: [ReservationLineInput!]!, $ttl: Int) { reserveStock(reference: $ref, lines: $lines, ttlSeconds: $ttl) { reservation { reference } userErrors { code message field } } }',
      { ref: reference, lines, ttl: ttlSeconds },
    );
    return { ok: !!data.reserveStock.reservation, userErrors: data.reserveStock.userErrors };
  }

  /**
   * Commits (sold) or releases a reservation; both idempotent on the catalog's side. Returns 'lost' when a commit
   * found the reservation lapsed and its stock gone.
   */
  async settleReservation(reference: string, action: 'commit' | 'release'): Promise<'done' | 'lost'> {
    const field = action === 'commit' ? 'commitReservation' : 'releaseReservation';
    const data = await this.catalog.request<Record<string, { userErrors: Array<{ code: string; message: string }> }>>(
      `mutation($ref: String!) { ${field}(reference: $ref) { userErrors { code message } } }`,
      { ref: reference },
    );
    const errors = data[field]!.userErrors;
    if (action === 'commit' && errors.some((e) => e.code === 'RESERVATION_EXPIRED')) return 'lost';
    // NOT_FOUND: never reserved (nothing to do). Released already: final, nothing to retry.
    const benign = new Set(['NOT_FOUND', 'RESERVATION_RELEASED']);
    const fatal = errors.filter((e) => !benign.has(e.code));
    if (fatal.length) throw new Error(`${field} failed: ${fatal.map((e) => e.code).join(', ')}`);
    return 'done';
  }

  /** Removes the ordered quantities from the shopper's cart (idempotent per order). */
  async clearOrderedLines(viewer: Viewer, cartId: string, orderId: string, lines: Array<{ variantId: string; quantity: number }>): Promise<void> {
    await this.cart.request(
      'mutation($cartId: ID!, $orderId: ID!, $lines: [OrderedLineInput!]!) { removeOrderedLines(cartId: $cartId, orderId: $orderId, lines: $lines) }',
      { cartId, orderId, lines },
      viewer,
    );
  }

  /** Refunds every successful payment of an order (idempotent). */
  async refundOrder(orderId: string, reason: string): Promise<void> {
    await this.payments.request('mutation($id: ID!, $reason: String) { refundOrderPayments(orderId: $id, reason: $reason) }', { id: orderId, reason });
  }
}
