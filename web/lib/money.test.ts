import { describe, expect, test } from '@jest/globals';
import { dollarsText, formatMoney, parseDollars } from './money';

describe('prices typed by an admin', () => {
  test('dollars, with or without cents, a "$" or thousands commas, become cents', () => {
    expect(parseDollars('12.99')).toBe(1299);
    expect(parseDollars('12')).toBe(1200);
    expect(parseDollars('12.5')).toBe(1250);
    expect(parseDollars(' $12.99 ')).toBe(1299);
    expect(parseDollars('1,299.00')).toBe(129900);
    expect(parseDollars('$10,000')).toBe(1000000);
    expect(parseDollars('0')).toBe(0);
  });

  test('anything else is not a price', () => {
    for (const text of ['', 'abc', '-5', '12.999', '1,29.00', '12,99', '1e3', '.5', '12.', '$', 'US$12']) expect(parseDollars(text)).toBeNull();
  });

  test('cents are shown as dollars', () => {
    expect(formatMoney({ amount: 1000000, currency: 'USD' })).toBe('$10,000.00');
  });

  test('cents go into a dollar box as parseDollars reads them back', () => {
    for (const cents of [0, 1, 10, 1299, 2485, 1000000]) expect(parseDollars(dollarsText(cents))).toBe(cents);
    expect(dollarsText(2485)).toBe('24.85');
    expect(dollarsText(1200)).toBe('12.00');
  });
});
