import { describe, expect, test } from '@jest/globals';
import { PAGE_SIZES, pageSizeFrom } from './paging';

describe('admin page sizes from the address', () => {
  test('a whole number within the list’s most is taken', () => {
    expect(pageSizeFrom('1', 'orders')).toBe(1);
    expect(pageSizeFrom(' 100 ', 'orders')).toBe(100);
    expect(pageSizeFrom('40', 'products')).toBe(40);
    expect(pageSizeFrom(['5', '9'], 'products')).toBe(5);
  });

  test('anything else is the list’s default', () => {
    for (const value of [undefined, '', '0', '-1', '2.5', 'abc', '1e2', '101']) expect(pageSizeFrom(value, 'orders')).toBe(PAGE_SIZES.orders.fallback);
    expect(pageSizeFrom('41', 'products')).toBe(PAGE_SIZES.products.fallback); // 41 products would pass the router's cost limit
  });
});
