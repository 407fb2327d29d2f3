/**
 * The store's pricing rules (amounts in integer cents, rounded half-up to the cent):
 * - tax is 8.5% of the subtotal;
 * - shipping by total weight — ≤ 1 lb $5.99, ≤ 5 lb $8.99, ≤ 20 lb $15.99, heavier $25.99 — times the zone factor:
 *   ×1.0 US CA NV OR WA AZ; ×1.2 US TX CO UT ID MT; ×1.5 other US states; ×2.0 outside the US.
 * Example: subtotal 8997, 2 lb, California → tax 765, shipping 899, total 10661.
 */

export const GRAMS_PER_POUND = 453.59237;
/** Tax rate in basis points (8.5%). */
export const TAX_RATE_BP = 850;

const WEIGHT_TIERS: Array<{ maxPounds: number; cents: number }> = [
  { maxPounds: 1, cents: 599 },
  { maxPounds: 5, cents: 899 },
  { maxPounds: 20, cents: 1599 },
  { maxPounds: Infinity, cents: 2599 },
];

const ZONE_1 = new Set(['CA', 'NV', 'OR', 'WA', 'AZ']);
const ZONE_2 = new Set(['TX', 'CO', 'UT', 'ID', 'MT']);

/** Rounds a non-negative `numerator / denominator` half-up, in integers. */
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** 8.5% of the subtotal, half-up. */
export function taxFor(subtotalCents: number): number {
  return divideHalfUp(subtotalCents * TAX_RATE_BP, 10_000);
}

/** The zone factor in tenths (10 = ×1.0) for a destination. */
export function zoneFactorTenths(country: string, region: string): number {
  if (country.toUpperCase() !== 'US') return 20;
  const state = region.trim().toUpperCase();
  if (ZONE_1.has(state)) return 10;
  if (ZONE_2.has(state)) return 12;
  return 15;
}

/** Shipping for a total weight in grams to a destination. */
export function shippingFor(weightGrams: number, country: string, region: string): number {
  const pounds = weightGrams / GRAMS_PER_POUND;
  const tier = WEIGHT_TIERS.find((t) => pounds <= t.maxPounds)!;
  return divideHalfUp(tier.cents * zoneFactorTenths(country, region), 10);
}

export interface Totals { subtotal: number; tax: number; shipping: number; total: number; weightGrams: number }

/** The totals of an order from its lines and destination. */
export function totalsFor(lines: Array<{ unitPrice: number; quantity: number; weightGrams: number }>, country: string, region: string): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const weightGrams = lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
  const tax = taxFor(subtotal);
  const shipping = shippingFor(weightGrams, country, region);
  return { subtotal, tax, shipping, total: subtotal + tax + shipping, weightGrams };
}
