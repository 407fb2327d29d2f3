import { ADDRESS_MAX_LENGTH, checkAddress } from './address';

const valid = { recipientName: ' Ada Lovelace ', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'us' };
const fields = (overrides: Record<string, unknown>) => checkAddress({ ...valid, ...overrides }).problems.map((p) => p.field);

describe('address validity', () => {
  test('a valid address is trimmed, its country upper-cased, empty optional parts null', () => {
    expect(checkAddress({ ...valid, line2: '  ', phone: '' })).toEqual({
      value: { recipientName: 'Ada Lovelace', line1: '1 Market St', line2: null, city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US', phone: null },
      problems: [],
    });
  });

  test('each problem names its field, in the order of the form', () => {
    expect(fields({ recipientName: ' ', postalCode: '9'.repeat(ADDRESS_MAX_LENGTH.postalCode + 1), country: 'XX', phone: '12' })).toEqual(['recipientName', 'postalCode', 'country', 'phone']);
    expect(fields({ postalCode: '9'.repeat(ADDRESS_MAX_LENGTH.postalCode) })).toEqual([]);
    expect(fields({ line2: 'x'.repeat(201) })).toEqual(['line2']);
    expect(fields({ country: 'USA' })).toEqual(['country']);
    expect(fields({ country: 'ZZ' })).toEqual(['country']); // reserved: never a destination
    expect(fields({ phone: '+14155550123' })).toEqual([]);
  });
});
