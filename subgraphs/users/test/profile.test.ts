import { STRONG_PASSWORD, registerShopper, startPlatform, uniqueEmail, type Platform } from '@zero/testing';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const ADDRESS_FIELDS = 'id recipientName line1 line2 city region postalCode country phone isDefaultShipping isDefaultBilling';
const ADD = `mutation($input: AddressInput!) { addAddress(input: $input) { address { ${ADDRESS_FIELDS} } userErrors { code message field } } }`;
const UPDATE = `mutation($id: ID!, $input: AddressInput!) { updateAddress(id: $id, input: $input) { address { ${ADDRESS_FIELDS} } userErrors { code field } } }`;
const DELETE = 'mutation($id: ID!) { deleteAddress(id: $id) { deletedAddressId userErrors { code field } } }';
const SET_DEFAULT = `mutation($id: ID!, $kind: AddressKind!) { setDefaultAddress(id: $id, kind: $kind) { address { ${ADDRESS_FIELDS} } userErrors { code } } }`;
const ADDRESSES = `{ me { addresses { ${ADDRESS_FIELDS} } } }`;

const address = (overrides: Record<string, unknown> = {}) => ({
  recipientName: 'Ada Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'us', ...overrides,
});

async function add(token: string, overrides: Record<string, unknown> = {}) {
  const res = await platform.request(ADD, { input: address(overrides) }, { token });
  return res.data.addAddress;
}
const addresses = async (token: string) => (await platform.request(ADDRESSES, {}, { token })).data.me.addresses as Array<Record<string, any>>;

describe('profile', () => {
  test('starts empty and is updated field by field', async () => {
    const { token } = await registerShopper(platform);
    const empty = await platform.request('{ me { profile { firstName lastName phone } } }', {}, { token });
    expect(empty.data.me.profile).toEqual({ firstName: null, lastName: null, phone: null });

    const UPDATE_PROFILE = 'mutation($input: ProfileInput!) { updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code field } } }';
    let res = await platform.request(UPDATE_PROFILE, { input: { firstName: ' Ada ', lastName: 'Lovelace', phone: '+14155550123' } }, { token });
    expect(res.data.updateProfile).toEqual({ profile: { firstName: 'Ada', lastName: 'Lovelace', phone: '+14155550123' }, userErrors: [] });
    res = await platform.request(UPDATE_PROFILE, { input: { phone: null } }, { token });
    expect(res.data.updateProfile.profile).toEqual({ firstName: 'Ada', lastName: 'Lovelace', phone: null });
    res = await platform.request(UPDATE_PROFILE, { input: { phone: '555-1234' } }, { token });
    expect(res.data.updateProfile).toEqual({ profile: null, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'phone'] }] });
    res = await platform.request(UPDATE_PROFILE, { input: { firstName: 'x'.repeat(101) } }, { token });
    expect(res.data.updateProfile.userErrors[0]).toEqual({ code: 'INVALID_INPUT', field: ['input', 'firstName'] });
  });

  test('the name given at registration fills the profile once, never over a name the user set', async () => {
    const { token, userId } = await registerShopper(platform);
    const profiles = (platform.subgraphs.users!.services as { profiles: { recordRegisteredName(u: string, f: string, l: string | null): Promise<boolean> } }).profiles;
    const profile = async () => (await platform.request('{ me { profile { firstName lastName } } }', {}, { token })).data.me.profile;
    expect(await profiles.recordRegisteredName(userId, 'Ada', 'Lovelace')).toBe(true);
    expect(await profiles.recordRegisteredName(userId, 'Ada', 'Lovelace')).toBe(false); // repeated delivery
    await platform.request('mutation { updateProfile(input: { firstName: "Augusta", lastName: null }) { userErrors { code } } }', {}, { token });
    expect(await profiles.recordRegisteredName(userId, 'Ada', 'Lovelace')).toBe(false);
    expect(await profile()).toEqual({ firstName: 'Augusta', lastName: null });
    // Internal: not in the public API.
    const res = await platform.request('mutation { recordRegisteredName(userId: "x", firstName: "y") }', {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('anonymous callers get UNAUTHENTICATED', async () => {
    const res = await platform.request('mutation { updateProfile(input: { firstName: "X" }) { userErrors { code } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const add = await platform.request(ADD, { input: address() });
    expect(add.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('malformed input gets standard GraphQL errors', async () => {
    const { token } = await registerShopper(platform);
    const res = await platform.request(ADD, { input: { line1: 'x' } }, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await platform.request('{ me { nope } }', {}, { token });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('addresses', () => {
  test('the first address becomes the default of both kinds; later ones do not', async () => {
    const { token } = await registerShopper(platform);
    const first = await add(token);
    expect(first.userErrors).toEqual([]);
    expect(first.address).toMatchObject({ country: 'US', isDefaultShipping: true, isDefaultBilling: true, line2: null });
    const second = await add(token, { line1: '2 Market St' });
    expect(second.address).toMatchObject({ isDefaultShipping: false, isDefaultBilling: false });
    expect((await addresses(token)).map((a) => a.id)).toEqual([second.address.id, first.address.id]);
  });

  test('validates every field', async () => {
    const { token } = await registerShopper(platform);
    const bad = await add(token, { recipientName: '  ', country: 'XX', phone: '12', postalCode: '9'.repeat(30) });
    expect(bad.address).toBeNull();
    expect(bad.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'recipientName'], ['input', 'postalCode'], ['input', 'country'], ['input', 'phone'],
    ]);
    expect(bad.userErrors.every((e: { code: string }) => e.code === 'INVALID_INPUT')).toBe(true);
    expect((await add(token, { country: 'USA' })).userErrors[0].field).toEqual(['input', 'country']);
  });

  test('update replaces the fields', async () => {
    const { token } = await registerShopper(platform);
    const { address: saved } = await add(token);
    const res = await platform.request(UPDATE, { id: saved.id, input: address({ city: 'Oakland', line2: 'Apt 4' }) }, { token });
    expect(res.data.updateAddress.address).toMatchObject({ id: saved.id, city: 'Oakland', line2: 'Apt 4', isDefaultShipping: true });
  });

  test('deleting a default promotes the most recent other address', async () => {
    const { token } = await registerShopper(platform);
    const a = (await add(token, { line1: 'A' })).address;
    const b = (await add(token, { line1: 'B' })).address;
    const c = (await add(token, { line1: 'C' })).address;
    await platform.request(SET_DEFAULT, { id: b.id, kind: 'BILLING' }, { token });
    let res = await platform.request(DELETE, { id: a.id }, { token });
    expect(res.data.deleteAddress).toEqual({ deletedAddressId: a.id, userErrors: [] });
    let list = await addresses(token);
    expect(list.find((x) => x.id === c.id)).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
    expect(list.find((x) => x.id === b.id)).toMatchObject({ isDefaultShipping: false, isDefaultBilling: true });
    res = await platform.request(DELETE, { id: b.id }, { token });
    list = await addresses(token);
    expect(list).toEqual([expect.objectContaining({ id: c.id, isDefaultShipping: true, isDefaultBilling: true })]);
  });

  test('setDefaultAddress moves the default of one kind', async () => {
    const { token } = await registerShopper(platform);
    const a = (await add(token)).address;
    const b = (await add(token)).address;
    const res = await platform.request(SET_DEFAULT, { id: b.id, kind: 'SHIPPING' }, { token });
    expect(res.data.setDefaultAddress.address).toMatchObject({ id: b.id, isDefaultShipping: true, isDefaultBilling: false });
    const list = await addresses(token);
    expect(list.find((x) => x.id === a.id)).toMatchObject({ isDefaultShipping: false, isDefaultBilling: true });
  });

  test('at most 20 addresses, even when added concurrently', async () => {
    const { token } = await registerShopper(platform);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => add(token, { line1: `${i} Main St` })));
    expect(results.filter((r) => r.address).length).toBe(20);
    expect(results.filter((r) => r.userErrors[0]?.code === 'LIMIT_REACHED').length).toBe(5);
    const list = await addresses(token);
    expect(list.length).toBe(20);
    expect(list.filter((a) => a.isDefaultShipping).length).toBe(1);
  });

  test("another shopper's address is invisible and untouchable", async () => {
    const owner = await registerShopper(platform);
    const other = await registerShopper(platform);
    const { address: saved } = await add(owner.token);
    expect(await addresses(other.token)).toEqual([]);
    const notFound = [{ code: 'NOT_FOUND', field: ['id'] }];
    expect((await platform.request(UPDATE, { id: saved.id, input: address({ city: 'Evil' }) }, { token: other.token })).data.updateAddress.userErrors).toEqual(notFound);
    expect((await platform.request(DELETE, { id: saved.id }, { token: other.token })).data.deleteAddress.userErrors).toEqual(notFound);
    expect((await platform.request(SET_DEFAULT, { id: saved.id, kind: 'SHIPPING' }, { token: other.token })).data.setDefaultAddress.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await platform.request(DELETE, { id: 'not-an-id' }, { token: other.token })).data.deleteAddress.userErrors).toEqual(notFound);
    expect(await addresses(owner.token)).toEqual([expect.objectContaining({ id: saved.id, city: 'San Francisco' })]);
  });

  test('an admin can read a shopper’s addresses; the shopper cannot reach another’s', async () => {
    const shopper = await registerShopper(platform);
    await add(shopper.token);
    const auth = platform.subgraphs.auth!.services as { auth: { upsertAccount: Function } };
    const adminEmail = uniqueEmail('admin');
    await auth.auth.upsertAccount(adminEmail, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
    const login = await platform.request('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { session { accessToken } } }', { e: adminEmail, p: STRONG_PASSWORD });
    const res = await platform.request('query($id: ID!) { user(id: $id) { addresses { city } } }', { id: shopper.userId }, { token: login.data.login.session.accessToken });
    expect(res.data.user.addresses).toEqual([{ city: 'San Francisco' }]);
  });
});

describe('preferences', () => {
  const UPDATE_PREFS = 'mutation($input: PreferencesInput!) { updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications locale timezone } userErrors { code field } } }';

  test('defaults are opt-in for marketing', async () => {
    const { token } = await registerShopper(platform);
    const res = await platform.request('{ me { preferences { marketingEmails orderUpdates securityAlerts smsNotifications locale timezone } } }', {}, { token });
    expect(res.data.me.preferences).toEqual({ marketingEmails: false, orderUpdates: true, securityAlerts: true, smsNotifications: false, locale: 'en-US', timezone: 'UTC' });
  });

  test('updates only the given preferences, validating locale and time zone', async () => {
    const { token } = await registerShopper(platform);
    let res = await platform.request(UPDATE_PREFS, { input: { marketingEmails: true, locale: 'fr-fr', timezone: 'Europe/Paris' } }, { token });
    expect(res.data.updatePreferences).toEqual({
      preferences: { marketingEmails: true, orderUpdates: true, securityAlerts: true, smsNotifications: false, locale: 'fr-FR', timezone: 'Europe/Paris' },
      userErrors: [],
    });
    res = await platform.request(UPDATE_PREFS, { input: { smsNotifications: true } }, { token });
    expect(res.data.updatePreferences.preferences).toMatchObject({ marketingEmails: true, smsNotifications: true, locale: 'fr-FR' });
    res = await platform.request(UPDATE_PREFS, { input: { timezone: 'Mars/Olympus', locale: 'not a locale!' } }, { token });
    expect(res.data.updatePreferences).toEqual({
      preferences: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'locale'] }, { code: 'INVALID_INPUT', field: ['input', 'timezone'] }],
    });
  });
});
