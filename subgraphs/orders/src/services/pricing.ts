import { shippingFor } from './shipping';
import { taxFor } from './tax';

/**
 * An order's totals from its lines and destination, in integer cents: the subtotal, the tax on it (./tax.ts), the
 * shipping for its weight and destination (./shipping.ts). placeOrder and checkoutQuote price with this and nothing else.
 * Example: subtotal 8997, 2 lb, California → tax 765, shipping 899, total 10661.
 */

export interface Totals { subtotal: number; tax: number; shipping: number; total: number; weightGrams: number }

/** Where an order ships, as far as its price depends on it. */
export interface Destination { country: string; region: string }

/**
 * The totals of an order from its lines and destination. Without a destination (a checkout quote with no valid
 * address yet) shipping is 0: it cannot be known, and placeOrder would refuse the order anyway.
 */
export function totalsFor(lines: Array<{ unitPrice: number; quantity: number; weightGrams: number }>, destination: Destination | null): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const weightGrams = lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
  const tax = taxFor(subtotal);
  const shipping = destination ? shippingFor(weightGrams, destination.country, destination.region) : 0;
  return { subtotal, tax, shipping, total: subtotal + tax + shipping, weightGrams };
}
