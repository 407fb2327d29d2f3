import { ADDRESS_MAX_LENGTH, checkAddress, usRegionCode } from './address';

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

  test("a US address's region is kept as its USPS code, given by its code or its name; anything else is a problem", () => {
    const region = (given: string) => checkAddress({ ...valid, region: given });
    for (const given of ['CA', 'ca', ' Ca. ', 'California', 'CALIFORNIA', 'california']) expect(region(given)).toMatchObject({ value: { region: 'CA' }, problems: [] });
    expect(region('new york').value.region).toBe('NY');
    expect(region('District of Columbia').value.region).toBe('DC');
    expect(region('Washington, D.C.').value.region).toBe('DC');
    expect(region('Washington').value.region).toBe('WA');
    expect(region('Puerto Rico').value.region).toBe('PR');
    expect(region('us virgin islands').value.region).toBe('VI');
    expect(region('AE').value.region).toBe('AE');
    expect(fields({ region: 'Narnia' })).toEqual(['region']);
    expect(fields({ region: 'Calif' })).toEqual(['region']);
    expect(fields({ region: 'Narnia', postalCode: '', line2: 'x'.repeat(201) })).toEqual(['line2', 'region', 'postalCode']);
    expect(usRegionCode('Texas')).toBe('TX');
    expect(usRegionCode('Ontario')).toBeNull();
  });

  test('outside the US the region is free text, only trimmed', () => {
    expect(checkAddress({ ...valid, country: 'FR', region: ' Île-de-France ' })).toMatchObject({ value: { region: 'Île-de-France', country: 'FR' }, problems: [] });
    expect(checkAddress({ ...valid, country: 'CA', region: 'Ontario' }).problems).toEqual([]);
  });

  test('no part may hold control characters, line breaks or bidirectional overrides', () => {
    expect(fields({ recipientName: 'A\u0001B', line1: 'line\nbreak', city: '\u202eevil', line2: 'tab\there' })).toEqual(['recipientName', 'line1', 'line2', 'city']);
    expect(fields({ recipientName: 'Zoë Ñúñez-O’Brien', line1: '1 Rue de l’Église', city: 'Zürich' })).toEqual([]);
  });
});
