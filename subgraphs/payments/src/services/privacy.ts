import { and, asc, desc, eq, exists, inArray, isNotNull, like, not, sql } from 'drizzle-orm';
import { ERASED, forgetOutboxEventsOf, type Database } from '@zero/service';
import { paymentMethods, payments, refunds, type tables } from '../db/schema';
import type { PaymentProvider } from './provider';

/** The payments subgraph's part of a data export and of an account erasure (the privacy rules of the API contract). */
export class PaymentPrivacy {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly provider: PaymentProvider,
  ) {}

  /** The user's payments with their refunds, and saved cards (brand, last 4, expiry — never the token), for `exportMyData`. */
  async exportData(userId: string): Promise<object> {
    const [paid, cards] = await Promise.all([
      this.db.select().from(payments).where(eq(payments.customerId, userId)).orderBy(desc(payments.createdAt)),
      this.db.select().from(paymentMethods).where(eq(paymentMethods.userId, userId)).orderBy(asc(paymentMethods.createdAt)),
    ]);
    const returned = paid.length ? await this.db.select().from(refunds).where(inArray(refunds.paymentId, paid.map((p) => p.id))).orderBy(asc(refunds.createdAt)) : [];
    const cardOf = new Map(cards.map((c) => [c.id, { brand: c.brand, last4: c.last4, expMonth: c.expMonth, expYear: c.expYear }]));
    return {
      payments: paid.map((p) => ({
        id: p.id,
        orderId: p.orderId,
        amount: p.amount,
        refunded: p.refunded,
        currency: p.currency,
        status: p.status,
        failureCode: p.failureCode,
        card: cardOf.get(p.paymentMethodId) ?? null,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        refunds: returned
          .filter((r) => r.paymentId === p.id)
          .map((r) => ({ id: r.id, amount: r.amount, reason: r.reason, status: r.status, createdAt: r.createdAt })),
      })),
      savedCards: cards
        .filter((c) => !c.removedAt)
        .map((c) => ({ id: c.id, brand: c.brand, last4: c.last4, expMonth: c.expMonth, expYear: c.expYear, createdAt: c.createdAt })),
    };
  }

  /**
   * Erases the user in the payments subgraph: the provider forgets every card's token first (so a retry after a
   * failure asks again), then, in one transaction, the cards no payment refers to are deleted, and those a kept
   * payment refers to lose their holder's name and token (brand and last 4 stay with the payment, for accounting);
   * refund reasons that came from the shopper's cancellation are replaced, and the outbox events about the user go.
   * Idempotent.
   */
  async erase(userId: string): Promise<void> {
    const cards = await this.db.select({ token: paymentMethods.providerToken }).from(paymentMethods).where(eq(paymentMethods.userId, userId));
    await Promise.all(cards.filter((c) => c.token !== ERASED).map((c) => this.provider.forgetToken(c.token)));
    await this.db.transaction(async (tx) => {
      const used = exists(tx.select({ id: payments.id }).from(payments).where(eq(payments.paymentMethodId, paymentMethods.id)));
      await tx.delete(paymentMethods).where(and(eq(paymentMethods.userId, userId), not(used)));
      await tx
        .update(paymentMethods)
        .set({ holderName: ERASED, providerToken: ERASED, removedAt: sql`coalesce(${paymentMethods.removedAt}, now())` })
        .where(eq(paymentMethods.userId, userId));
      // A refund asked by a service carries the reason given for the cancellation, which may be the shopper's words.
      await tx
        .update(refunds)
        .set({ reason: ERASED })
        .where(
          and(
            inArray(refunds.paymentId, tx.select({ id: payments.id }).from(payments).where(eq(payments.customerId, userId))),
            like(refunds.requestedBy, 'service:%'),
            isNotNull(refunds.reason),
          ),
        );
      await forgetOutboxEventsOf(tx, userId);
    });
  }
}
