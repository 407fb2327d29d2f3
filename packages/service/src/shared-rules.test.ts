import { checkIdempotencyKey, IDEMPOTENCY_KEY_MAX_LENGTH } from './idempotency-key';
import { isId } from './ids';
import { divideHalfUp, money } from './money';
import { pageSize } from './page-size';

describe('shared rules', () => {
  test('ids are UUIDs; anything else names nothing', () => {
    expect(isId('0b7e8a3c-62f4-4a5e-9d2f-3f1c2b4a5d6e')).toBe(true);
    for (const id of ['', 'nonsense', '0b7e8a3c62f44a5e9d2f3f1c2b4a5d6e', "1' OR 1=1"]) expect(isId(id)).toBe(false);
  });

  test('page size: first defaults to 20, 0–100, else BAD_USER_INPUT', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    for (const first of [-1, 101, 1.5]) expect(() => pageSize(first)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  test('idempotency keys: 1–255 characters, trimmed', () => {
    expect(checkIdempotencyKey(` ${'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH)} `)).toEqual({ key: 'k'.repeat(255), error: null });
    for (const raw of ['', '   ', 'k'.repeat(256)]) {
      expect(checkIdempotencyKey(raw)).toEqual({ key: null, error: { code: 'INVALID_INPUT', message: expect.any(String), field: ['input', 'idempotencyKey'] } });
    }
  });

  test('money: integer cents of the store currency, rounded half-up', () => {
    expect(money(8997)).toEqual({ amount: 8997, currency: 'USD' });
    expect(divideHalfUp(5, 10)).toBe(1);
    expect(divideHalfUp(4, 10)).toBe(0);
    expect(divideHalfUp(15, 10)).toBe(2);
  });
});
