import { divideHalfUp } from '@zero/service';

/** The store's sales tax: 8.5% of an order's subtotal (shipping is not taxed), rounded half-up to the cent. */

/** Tax rate in basis points (8.5%). */
export const TAX_RATE_BP = 850;

/** The tax on a subtotal in cents. */
export function taxFor(subtotalCents: number): number {
  return divideHalfUp(subtotalCents * TAX_RATE_BP, 10_000);
}
