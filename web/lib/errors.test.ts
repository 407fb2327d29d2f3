import { describe, expect, test } from '@jest/globals';
import { humanize, messageFor } from './errors';

describe('messages for user errors', () => {
  test("a field's mistake is told in the server's words, with the field named as a shopper would", () => {
    expect(messageFor({ code: 'INVALID_INPUT', message: 'phone must be in E.164 form, e.g. +14155550123', field: ['input', 'phone'] })).toBe('Phone must be in E.164 form, e.g. +14155550123.');
    expect(messageFor({ code: 'INVALID_ADDRESS', message: 'postalCode is required', field: ['input', 'shippingAddress', 'postalCode'] })).toBe('Postal code is required.');
    expect(messageFor({ code: 'INVALID_CARD', message: 'The expiry month must be 1–12', field: ['input', 'expMonth'] })).toBe('The expiry month must be 1–12.');
    expect(humanize('recipientName must be at most 200 characters', 'recipientName')).toBe('Recipient name must be at most 200 characters.');
  });

  test('without a field, or for other codes, the storefront words it', () => {
    expect(messageFor({ code: 'INVALID_INPUT', message: 'At most 100 ids at once' })).toBe('Please check what you entered.');
    expect(messageFor({ code: 'CART_EMPTY', message: 'Your cart is empty', field: ['input'] })).toBe('Your cart is empty.');
    expect(messageFor({ code: 'INVALID_CREDENTIALS' }, { INVALID_CREDENTIALS: 'That is not your current password.' })).toBe('That is not your current password.');
  });
});
