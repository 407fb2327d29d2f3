import { randomBytes } from 'node:crypto';

/** The card as the provider receives it, once, to tokenise it. Never stored, never logged. */
export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

export type ChargeResult = { ok: true; chargeId: string } | { ok: false; failureCode: string };
export type RefundResult = { ok: true; refundId: string } | { ok: false; failureCode: string };

/**
 * A payment provider (Stripe, Adyen, the built-in test provider). Cards are tokenised once; charges and refunds
 * use the token and carry an idempotency key, so a retried call never moves money twice at the provider either.
 */
export interface PaymentProvider {
  /** Exchanges card details for a reusable token. */
  tokenize(card: CardDetails): Promise<string>;
  /** Charges (authorises and captures at once) `amount` minor units. A decline is a result, not an exception. */
  charge(request: { token: string; amount: number; currency: string; idempotencyKey: string }): Promise<ChargeResult>;
  /**
   * Refunds `amount` minor units of a charge. A refusal is a result, not an exception; an exception means the
   * provider's answer is unknown (unreachable, timed out) — the refund may have been made — and the call must be
   * asked again with the same key, never taken for a refusal.
   */
  refund(request: { chargeId: string; amount: number; idempotencyKey: string }): Promise<RefundResult>;
  /**
   * Deletes a card's token at the provider (its owner's account was erased): it can never be charged again. Forgetting
   * a token already forgotten is not an error.
   */
  forgetToken(token: string): Promise<void>;
}

/** The well-known test cards and what the test provider does with them; any other valid number succeeds. */
const TEST_CARDS: Record<string, string> = {
  '4242424242424242': 'ok',
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000119': 'processing_error',
};

/**
 * The built-in provider for development and tests. The number is not kept, so the token itself carries the card's
 * behaviour: `tok_test_<behaviour>_<random>`. Charges and refunds are remembered by idempotency key (in memory).
 */
export class TestPaymentProvider implements PaymentProvider {
  private readonly charges = new Map<string, ChargeResult>();
  private readonly refunds = new Map<string, RefundResult>();
  private readonly forgotten = new Set<string>();

  async tokenize(card: CardDetails): Promise<string> {
    const behaviour = TEST_CARDS[card.number] ?? 'ok';
    return `tok_test_${behaviour}_${randomBytes(12).toString('hex')}`;
  }

  async charge({ token, idempotencyKey }: { token: string; amount: number; currency: string; idempotencyKey: string }): Promise<ChargeResult> {
    const known = this.charges.get(idempotencyKey);
    if (known) return known;
    const behaviour = this.forgotten.has(token) ? undefined : /^tok_test_([a-z_]+)_[0-9a-f]+$/.exec(token)?.[1];
    const result: ChargeResult =
      behaviour === 'ok' ? { ok: true, chargeId: `ch_test_${randomBytes(12).toString('hex')}` } : { ok: false, failureCode: behaviour ?? 'invalid_token' };
    this.charges.set(idempotencyKey, result);
    return result;
  }

  async refund({ idempotencyKey }: { chargeId: string; amount: number; idempotencyKey: string }): Promise<RefundResult> {
    const known = this.refunds.get(idempotencyKey);
    if (known) return known;
    const result: RefundResult = { ok: true, refundId: `re_test_${randomBytes(12).toString('hex')}` };
    this.refunds.set(idempotencyKey, result);
    return result;
  }

  /** The test provider keeps no card: its tokens carry their behaviour. A forgotten token cannot be charged again. */
  async forgetToken(token: string): Promise<void> {
    this.forgotten.add(token);
  }
}
