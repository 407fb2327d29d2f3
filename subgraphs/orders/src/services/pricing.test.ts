import { totalsFor } from './pricing';
import { GRAMS_PER_POUND } from './shipping';

describe('order totals', () => {
  test("the seed's example: subtotal 8997, 2 lb, California", () => {
    const grams = Math.round(2 * GRAMS_PER_POUND);
    expect(totalsFor([{ unitPrice: 2999, quantity: 3, weightGrams: Math.round(grams / 3) }], { country: 'US', region: 'CA' })).toMatchObject({
      subtotal: 8997, tax: 765, shipping: 899, total: 10661,
    });
  });

  test('without a destination, shipping is 0 and the rest unchanged', () => {
    expect(totalsFor([{ unitPrice: 2999, quantity: 3, weightGrams: 302 }], null)).toEqual({
      subtotal: 8997, tax: 765, shipping: 0, total: 9762, weightGrams: 906,
    });
  });
});
