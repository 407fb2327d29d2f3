import { divideHalfUp } from '@zero/service';

/**
 * The store's shipping rates, in cents, rounded half-up: by total weight — ≤ 1 lb $5.99, ≤ 5 lb $8.99, ≤ 20 lb
 * $15.99, heavier $25.99 — times the destination's zone factor: ×1.0 US CA NV OR WA AZ; ×1.2 US TX CO UT ID MT;
 * ×1.5 other US states; ×2.0 outside the US.
 */

export const GRAMS_PER_POUND = 453.59237;

const WEIGHT_TIERS: Array<{ maxPounds: number; cents: number }> = [
  { maxPounds: 1, cents: 599 },
  { maxPounds: 5, cents: 899 },
  { maxPounds: 20, cents: 1599 },
  { maxPounds: Infinity, cents: 2599 },
];

const ZONE_1 = new Set(['CA', 'NV', 'OR', 'WA', 'AZ']);
const ZONE_2 = new Set(['TX', 'CO', 'UT', 'ID', 'MT']);

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
