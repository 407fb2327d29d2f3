import { describe, expect, test } from '@jest/globals';
import { declineIsRetryable, humanize, lineFullMessage, messageFor } from './errors';

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

  test("a declined payment is told by the payment's failureCode: another card, or the same one again", () => {
    expect(messageFor({ code: 'PAYMENT_DECLINED', message: 'The card was declined (insufficient_funds)', failureCode: 'insufficient_funds' })).toBe('The card has insufficient funds. Try another card.');
    expect(messageFor({ code: 'PAYMENT_DECLINED', failureCode: 'processing_error' })).toMatch(/nothing was charged\. Press "Pay now" to try again/);
    expect(messageFor({ code: 'PAYMENT_DECLINED', failureCode: 'card_declined' })).toBe('The card was declined. Try another card.');
    // A code the storefront does not know, or none: the plain decline.
    expect(messageFor({ code: 'PAYMENT_DECLINED', failureCode: 'do_not_honor' })).toBe('The card was declined. Try another card.');
    expect(messageFor({ code: 'PAYMENT_DECLINED' })).toBe('The card was declined. Try another card.');
    expect(declineIsRetryable('processing_error')).toBe(true);
    expect(declineIsRetryable('insufficient_funds')).toBe(false);
    expect(declineIsRetryable(null)).toBe(false);
  });

  test('adding past the 10 of an item a cart holds says how many it holds', () => {
    expect(lineFullMessage(10)).toBe('Your cart already holds 10 of this item, the most allowed.');
    expect(lineFullMessage(8)).toBe('Your cart already holds 8 of this item: you can add 2 more (10 at most).');
    expect(lineFullMessage(null)).toBe('A cart holds at most 10 of each item, and yours already has some of this one.');
  });
});
