import { brandOf, isCardNumber, isExpired, normaliseNumber, passesLuhn } from './card';

describe('card rules', () => {
  test('Luhn', () => {
    for (const good of ['4242424242424242', '4000000000000002', '4000000000009995', '4000000000000119', '378282246310005', '5555555555554444', '6011111111111117']) {
      expect(passesLuhn(good)).toBe(true);
    }
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(passesLuhn('1234567812345678')).toBe(false);
  });

  test('a card number: the checksum works out and it does not start with 0 (no network issues from there)', () => {
    expect(isCardNumber('4242424242424242')).toBe(true);
    expect(isCardNumber('378282246310005')).toBe(true);
    expect(passesLuhn('0000000000000000')).toBe(true); // the checksum alone lets sixteen zeros through
    expect(isCardNumber('0000000000000000')).toBe(false);
    expect(isCardNumber('0000000000000018')).toBe(false);
    expect(isCardNumber('4242424242424241')).toBe(false);
  });

  test('normalisation', () => {
    expect(normaliseNumber('4242 4242-4242 4242')).toBe('4242424242424242');
    expect(normaliseNumber('4242x4242')).toBeNull();
    expect(normaliseNumber('42424242')).toBeNull();
  });

  test('brands', () => {
    expect(brandOf('4242424242424242')).toBe('visa');
    expect(brandOf('5555555555554444')).toBe('mastercard');
    expect(brandOf('2223003122003222')).toBe('mastercard');
    expect(brandOf('378282246310005')).toBe('amex');
    expect(brandOf('6011111111111117')).toBe('discover');
    expect(brandOf('30569309025904')).toBe('diners');
    expect(brandOf('3530111333300000')).toBe('jcb');
    expect(brandOf('6200000000000005')).toBe('unionpay');
    expect(brandOf('9999999999999995')).toBe('unknown');
  });

  test('expiry: valid through the end of the month', () => {
    const now = new Date('2026-05-31T23:59:59Z');
    expect(isExpired(5, 2026, now)).toBe(false);
    expect(isExpired(4, 2026, now)).toBe(true);
    expect(isExpired(12, 2025, now)).toBe(true);
    expect(isExpired(1, 2027, now)).toBe(false);
  });
});
