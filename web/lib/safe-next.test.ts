import { describe, expect, test } from '@jest/globals';
import { safeNext } from './safe-next';

describe('the page after signing in', () => {
  test('a path of the storefront is kept', () => {
    expect(safeNext('/checkout')).toBe('/checkout');
    expect(safeNext('/c/tops?sort=PRICE_ASC#top')).toBe('/c/tops?sort=PRICE_ASC#top');
    expect(safeNext('/account/orders/123')).toBe('/account/orders/123');
  });

  test('anything that could lead to another site falls back', () => {
    for (const hostile of ['//evil.example/x', '/\\evil.example', '/\\/evil.example', 'https://evil.example', 'javascript:alert(1)', 'evil.example', '/\t/evil.example', '/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/a/..//evil.example', '/./%2e//evil.example', '', null, undefined]) {
      expect(safeNext(hostile)).toBe('/account');
    }
    expect(safeNext('//evil.example', '/checkout')).toBe('/checkout');
  });
});
