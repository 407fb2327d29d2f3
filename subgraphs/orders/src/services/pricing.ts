import { shippingFor } from './shipping';
import { taxFor } from './tax';

/**
 * An order's totals from its lines and destination, in integer cents: the subtotal, the tax on it (./tax.ts), the
 * shipping for its weight and destination (./shipping.ts). placeOrder prices with this and nothing else.
 * Example: subtotal 8997, 2 lb, California → tax 765, shipping 899, total 10661.
 */

export interface Totals { subtotal: number; tax: number; shipping: number; total: number; weightGrams: number }

/** The totals of an order from its lines and destination. */
export function totalsFor(lines: Array<{ unitPrice: number; quantity: number; weightGrams: number }>, country: string, region: string): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const weightGrams = lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
  const tax = taxFor(subtotal);
  const shipping = shippingFor(weightGrams, country, region);
  return { subtotal, tax, shipping, total: subtotal + tax + shipping, weightGrams };
}
