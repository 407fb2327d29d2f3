import { and, eq, isNull } from 'drizzle-orm';
import { CONTROL_CHARACTERS_PROBLEM, hasControlCharacters, isId, userError, type Database, type UserError } from '@zero/service';
import { PaymentCode } from '../codes';
import { paymentMethods, type PaymentMethodRow, type tables } from '../db/schema';
import { brandOf, cvcLength, fullYear, isCardNumber, isExpired, normaliseNumber } from './card';
import type { PaymentProvider } from './provider';

export interface CardInput { number: string; expMonth: number; expYear: number; cvc: string; holderName: string }
type Result = { paymentMethod: PaymentMethodRow | null; userErrors: UserError[] };

/** A shopper's saved cards. Every method takes the owner's id and touches only their rows. */
export class PaymentMethodService {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly provider: PaymentProvider,
  ) {}

  /**
   * Checks a card and saves what may be kept of it. The number and CVC go to the provider for a token and no
   * further: they are not stored, logged, or repeated in any message.
   */
  async add(userId: string, input: CardInput): Promise<Result> {
    const errors: UserError[] = [];
    const number = normaliseNumber(input.number);
    if (!number || !isCardNumber(number)) errors.push(userError(PaymentCode.INVALID_CARD, 'The card number is not valid', ['input', 'number']));
    const brand = number ? brandOf(number) : 'unknown';
    const expYear = fullYear(input.expYear);
    const monthValid = Number.isInteger(input.expMonth) && input.expMonth >= 1 && input.expMonth <= 12;
    if (!monthValid) errors.push(userError(PaymentCode.INVALID_CARD, 'The expiry month must be 1–12', ['input', 'expMonth']));
    if (!Number.isInteger(expYear) || expYear < 2000 || expYear > 2100) {
      errors.push(userError(PaymentCode.INVALID_CARD, 'The expiry year is not valid', ['input', 'expYear']));
    } else if (monthValid && isExpired(input.expMonth, expYear)) {
      errors.push(userError(PaymentCode.CARD_EXPIRED, 'The card has expired', ['input', 'expYear']));
    }
    if (!new RegExp(`^\\d{${cvcLength(brand)}}$`).test(input.cvc.trim())) {
      errors.push(userError(PaymentCode.INVALID_CARD, 'The security code is not valid', ['input', 'cvc']));
    }
    const holderName = input.holderName.trim().replace(/\s+/g, ' ');
    if (!holderName || holderName.length > 100) {
      errors.push(userError(PaymentCode.INVALID_INPUT, 'Give the name on the card (at most 100 characters)', ['input', 'holderName']));
    } else if (hasControlCharacters(holderName)) {
      errors.push(userError(PaymentCode.INVALID_INPUT, `The name on the card ${CONTROL_CHARACTERS_PROBLEM}`, ['input', 'holderName']));
    }
    if (errors.length || !number) return { paymentMethod: null, userErrors: errors };

    const providerToken = await this.provider.tokenize({ number, expMonth: input.expMonth, expYear, cvc: input.cvc.trim() });
    const [row] = await this.db
      .insert(paymentMethods)
      .values({ userId, brand, last4: number.slice(-4), expMonth: input.expMonth, expYear, holderName, providerToken })
      .returning();
    return { paymentMethod: row!, userErrors: [] };
  }

  /** Removes one of the user's cards (softly: past payments keep showing it). */
  async remove(userId: string, id: string): Promise<Result> {
    const notFound = { paymentMethod: null, userErrors: [userError(PaymentCode.NOT_FOUND, 'No such payment method', ['id'])] };
    if (!isId(id)) return notFound;
    const [row] = await this.db
      .update(paymentMethods)
      .set({ removedAt: new Date() })
      .where(and(eq(paymentMethods.id, id), eq(paymentMethods.userId, userId), isNull(paymentMethods.removedAt)))
      .returning();
    return row ? { paymentMethod: row, userErrors: [] } : notFound;
  }

  /** One of the user's current cards, or null. */
  async findUsable(userId: string, id: string): Promise<PaymentMethodRow | null> {
    if (!isId(id)) return null;
    const [row] = await this.db
      .select()
      .from(paymentMethods)
      .where(and(eq(paymentMethods.id, id), eq(paymentMethods.userId, userId), isNull(paymentMethods.removedAt)));
    return row ?? null;
  }
}
