import { taxFor } from './tax';

describe('tax', () => {
  test('tax is 8.5%, rounded half-up', () => {
    expect(taxFor(0)).toBe(0);
    expect(taxFor(100)).toBe(9); // 8.5 → 9
    expect(taxFor(1000)).toBe(85);
    expect(taxFor(8997)).toBe(765); // 764.745
    expect(taxFor(1)).toBe(0); // 0.085
    expect(taxFor(6)).toBe(1); // 0.51
  });
});
