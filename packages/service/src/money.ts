/** Money is integer minor units of the store's one currency, end to end; never floats. */

/** The store's only currency. */
export const STORE_CURRENCY = 'USD';

/** A `Money` value of the store's currency. */
export function money(amount: number): { amount: number; currency: string } {
  return { amount, currency: STORE_CURRENCY };
}

/** `numerator / denominator` for non-negative integers, rounded half-up to an integer (the store's rounding). */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
