import { canTransition, effectsOf, notificationOf, type OrderStatus } from './order-state-machine';

const STATUSES: OrderStatus[] = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
const moves = (actor: Parameters<typeof canTransition>[2]) =>
  STATUSES.flatMap((from) => STATUSES.filter((to) => canTransition(from, to, actor)).map((to) => `${from}→${to}`));

describe('order state machine', () => {
  test("the contract's transitions, and who may make each", () => {
    expect(moves('shopper')).toEqual(['PENDING→CANCELLED', 'CONFIRMED→CANCELLED']);
    expect(moves('admin')).toEqual(['PENDING→CANCELLED', 'CONFIRMED→PROCESSING', 'CONFIRMED→CANCELLED', 'PROCESSING→SHIPPED', 'PROCESSING→CANCELLED', 'SHIPPED→DELIVERED']);
    expect(moves('payments')).toEqual(['PENDING→CONFIRMED', 'CANCELLED→REFUNDED']);
    // Expiry and lost stock: never once the goods have shipped.
    expect(moves('system')).toEqual(['PENDING→CANCELLED', 'CONFIRMED→CANCELLED', 'PROCESSING→CANCELLED']);
  });

  test('effects: payment commits the stock; cancelling releases it, and refunds what was paid', () => {
    const order = (status: OrderStatus, paymentId: string | null = null) => ({ id: 'o1', status, paymentId });
    const topics = (status: OrderStatus, to: OrderStatus, paymentId: string | null = null) =>
      effectsOf(order(status, paymentId), to, { note: 'why' }).map((e) => [e.topic, e.payload]);
    expect(topics('PENDING', 'CONFIRMED')).toEqual([['stock.commit', { reference: 'o1' }]]);
    expect(topics('PENDING', 'CANCELLED')).toEqual([['stock.release', { reference: 'o1', committed: false }]]);
    expect(topics('CONFIRMED', 'CANCELLED', 'p1')).toEqual([
      ['stock.release', { reference: 'o1', committed: true }],
      ['payments.refund', { orderId: 'o1', reason: 'why' }],
    ]);
    expect(topics('CONFIRMED', 'PROCESSING', 'p1')).toEqual([]);
    expect(topics('CANCELLED', 'REFUNDED', 'p1')).toEqual([]);
  });

  test('the shopper is notified of payment, shipping, delivery and cancellation, and of nothing else', () => {
    const order = { id: 'o1', number: 'ORD-202611-ABCDEFGH', customerId: 'u1', total: 10661, currency: 'USD' };
    const at = new Date('2026-11-26T10:00:00.000Z');
    const kinds = STATUSES.map((to) => [to, notificationOf(order, to, { note: 'why' }, at)?.topic ?? null]);
    expect(kinds).toEqual([
      ['PENDING', null],
      ['CONFIRMED', 'notify.orderConfirmed'],
      ['PROCESSING', null],
      ['SHIPPED', 'notify.orderShipped'],
      ['DELIVERED', 'notify.orderDelivered'],
      ['CANCELLED', 'notify.orderCancelled'],
      ['REFUNDED', null],
    ]);
    expect(notificationOf(order, 'CANCELLED', { note: 'why' }, at)?.payload).toEqual({
      userId: 'u1',
      at: '2026-11-26T10:00:00.000Z',
      orderId: 'o1',
      orderNumber: 'ORD-202611-ABCDEFGH',
      total: { amount: 10661, currency: 'USD' },
      reason: 'why',
    });
  });
});
