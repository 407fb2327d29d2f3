import { GRAMS_PER_POUND, shippingFor } from './shipping';

describe('shipping', () => {
  test('weight tiers, at and beyond each boundary', () => {
    const lb = GRAMS_PER_POUND;
    expect(shippingFor(0, 'US', 'CA')).toBe(599);
    expect(shippingFor(Math.floor(lb), 'US', 'CA')).toBe(599);
    expect(shippingFor(Math.ceil(lb), 'US', 'CA')).toBe(899);
    expect(shippingFor(Math.floor(5 * lb), 'US', 'CA')).toBe(899);
    expect(shippingFor(Math.ceil(5 * lb), 'US', 'CA')).toBe(1599);
    expect(shippingFor(Math.floor(20 * lb), 'US', 'CA')).toBe(1599);
    expect(shippingFor(Math.ceil(20 * lb), 'US', 'CA')).toBe(2599);
  });

  test('zones', () => {
    for (const state of ['CA', 'NV', 'OR', 'WA', 'AZ', 'ca']) expect(shippingFor(1000, 'US', state)).toBe(899);
    for (const state of ['TX', 'CO', 'UT', 'ID', 'MT']) expect(shippingFor(1000, 'US', state)).toBe(1079); // 1078.8
    for (const state of ['NY', 'FL', 'AK']) expect(shippingFor(1000, 'US', state)).toBe(1349); // 1348.5 → half-up
    for (const country of ['CA', 'GB', 'DE']) expect(shippingFor(1000, country, 'ON')).toBe(1798);
    expect(shippingFor(100, 'US', 'TX')).toBe(719); // 718.8
    expect(shippingFor(100, 'US', 'NY')).toBe(899); // 898.5 → 899
    expect(shippingFor(10_000, 'FR', 'IDF')).toBe(5198);
  });
});
