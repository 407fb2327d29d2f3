import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { InternalCredentials, type Caller, type Database, type Metrics } from '@zero/service';
import { adminToken, registerShopper, startPlatform, type Platform } from '@zero/testing';
import { MANIFEST_MAX_BYTES, MANIFEST_MAX_OPERATIONS, parseManifest } from '../src/services/api-clients';

let platform: Platform;
let admin: string;
beforeAll(async () => {
  // Statement counts below must see only the call measured: no list polling by the router, no outbox relay ticks.
  platform = await startPlatform({ subgraphs: ['auth'], env: { OPERATION_LIST_REFRESH_MS: '3600000', OUTBOX_INTERVAL_MS: '3600000' } });
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

const CLIENT_FIELDS = 'id name createdAt revokedAt lastUsedAt keyPrefix mode operationList { version publishedAt operationCount }';
const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { ${CLIENT_FIELDS} } apiKey userErrors { code message field } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiClient(id: $id) { client { ${CLIENT_FIELDS} } apiKey userErrors { code message field } } }`;
const LIST = `{ apiClients { ${CLIENT_FIELDS} } }`;
const PUBLISH = `mutation($clientId: ID, $manifest: String!) { publishOperationList(clientId: $clientId, manifest: $manifest) {
  list { version publishedAt operationCount } userErrors { code message field } } }`;

const asAdmin = (query: string, variables: Record<string, unknown> = {}) => platform.request(query, variables, { token: admin });
const create = (input: Record<string, unknown>) => asAdmin(CREATE, { input }).then((r) => r.data.createApiClient);
const publish = (clientId: string | null, manifest: unknown) =>
  asAdmin(PUBLISH, { clientId, manifest: typeof manifest === 'string' ? manifest : JSON.stringify(manifest) }).then((r) => r.data.publishOperationList);
const listClients = () => asAdmin(LIST).then((r) => r.data.apiClients as any[]);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const authDb = () => (platform.subgraphs.auth!.deps as { db: Database }).db;
const rowsOf = async <T>(query: ReturnType<typeof sql>) => ((await authDb().execute(query)) as unknown as { rows: T[] }).rows;

/** A manifest entry with a correct id. */
function op(body: string, name: string | null, type = 'query') {
  return { id: sha256(body), name, type, body };
}
const manifestOf = (...operations: unknown[]) => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });
const ME = op('query Me { me { id email } }', 'Me');
const LOGIN = op('mutation SignIn($input: LoginInput!) { login(input: $input) { userErrors { code } } }', 'SignIn', 'mutation');

/**
 * Calls the auth subgraph directly with an internal credential, as the router (or a service) would; the router
 * forwards a signed-in viewer's access token beside it.
 */
async function direct(caller: Caller, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const credential = await new InternalCredentials(platform.internalSecret).sign(caller);
  const res = await fetch(`${platform.subgraphs.auth!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zero-context': credential, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: { message: string; extensions?: { code?: string } }[] };
}
const ROUTER: Caller = { issuer: 'router', viewer: null, ip: null };
const BY_KEY = 'query($key: String!) { apiClientByKey(key: $key) { id name mode revoked listVersion } }';
const CONTENT = 'query($clientId: ID) { operationList(clientId: $clientId) { version operations { id name type body } } }';
const VERSION = 'query($clientId: ID) { operationListVersion(clientId: $clientId) }';

async function statements(): Promise<number> {
  const metric = await (platform.subgraphs.auth!.deps as { metrics: Metrics }).metrics.dbQueries.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/**
 * SQL statements the auth subgraph runs during `run`. The router polls the public list in the background, so the
 * fewest seen over a few tries is the cost of `run` itself.
 */
async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = await statements();
    await run();
    fewest = Math.min(fewest, (await statements()) - before);
  }
  return fewest;
}

describe('createApiClient', () => {
  test('returns the key once; only its SHA-256 hash and a short prefix are stored', async () => {
    expect((await create({ name: 'Acme\u202Etxt.exe' })).userErrors).toEqual([{ code: 'INVALID_INPUT', message: 'The name must not contain control characters or line breaks', field: ['input', 'name'] }]);
    const payload = await create({ name: '  Acme Partner  ' });
    expect(payload.userErrors).toEqual([]);
    const { apiKey, client } = payload;
    expect(apiKey).toMatch(/^pz_[A-Za-z0-9_-]{48}$/);
    expect(client).toMatchObject({ name: 'Acme Partner', mode: 'SAFELIST', revokedAt: null, lastUsedAt: null, operationList: null });
    expect(client.keyPrefix).toBe(apiKey.slice(0, 7));
    expect(new Date(client.createdAt).toISOString()).toBe(client.createdAt);

    // Never shown again: not in the list…
    const listed = await listClients();
    expect(listed.find((c) => c.id === client.id)).toEqual(client);
    expect(JSON.stringify(listed)).not.toContain(apiKey.slice(7));

    // …and not in any table of the auth database: only the hash.
    const tables = await rowsOf<{ table_schema: string; table_name: string }>(
      sql`select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['api_clients', 'operation_lists', 'users']));
    for (const { table_schema, table_name } of tables) {
      const rows = await rowsOf<{ row: string }>(sql.raw(`select row_to_json(t)::text as row from "${table_schema}"."${table_name}" t`));
      for (const { row } of rows) expect(row).not.toContain(apiKey.slice(7));
    }
    const [stored] = await rowsOf<{ key_hash: string; key_prefix: string }>(sql`select key_hash, key_prefix from api_clients where id = ${client.id}`);
    expect(stored).toEqual({ key_hash: sha256(apiKey), key_prefix: apiKey.slice(0, 7) });
  });

  test('keys are unique and the mode can be IDS_ONLY', async () => {
    const [a, b] = await Promise.all([create({ name: 'A' }), create({ name: 'B', mode: 'IDS_ONLY' })]);
    expect(a.apiKey).not.toBe(b.apiKey);
    expect(b.client.mode).toBe('IDS_ONLY');
  });

  test('refuses an empty or too long name', async () => {
    for (const name of ['', '   ', 'x'.repeat(101)]) {
      const payload = await create({ name });
      expect(payload).toEqual({ client: null, apiKey: null, userErrors: [{ code: 'INVALID_INPUT', message: expect.any(String), field: ['input', 'name'] }] });
    }
    expect((await create({ name: 'x'.repeat(100) })).userErrors).toEqual([]);
  });
});

describe('apiClients and revokeApiClient', () => {
  test('lists newest first', async () => {
    const first = await create({ name: 'Older' });
    const second = await create({ name: 'Newer' });
    const ids = (await listClients()).map((c) => c.id);
    expect(ids.indexOf(second.client.id)).toBeLessThan(ids.indexOf(first.client.id));
  });

  test('revokes; revoking again keeps the first revokedAt and shows no key', async () => {
    const { client } = await create({ name: 'To revoke' });
    const once = (await asAdmin(REVOKE, { id: client.id })).data.revokeApiClient;
    expect(once.userErrors).toEqual([]);
    expect(once.apiKey).toBeNull();
    expect(once.client.revokedAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const twice = (await asAdmin(REVOKE, { id: client.id })).data.revokeApiClient;
    expect(twice).toEqual(once);
    expect((await listClients()).find((c) => c.id === client.id).revokedAt).toBe(once.client.revokedAt);
  });

  test('unknown clients are NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const payload = (await asAdmin(REVOKE, { id })).data.revokeApiClient;
      expect(payload).toEqual({ client: null, apiKey: null, userErrors: [{ code: 'NOT_FOUND', message: expect.any(String), field: ['id'] }] });
    }
  });
});

describe('publishOperationList', () => {
  test('publishes a client list and the public list; each publish replaces the list and increments its version', async () => {
    const { client } = await create({ name: 'Publisher' });
    const v1 = await publish(client.id, manifestOf(ME, LOGIN));
    expect(v1).toEqual({ list: { version: 1, publishedAt: expect.any(String), operationCount: 2 }, userErrors: [] });
    const v2 = await publish(client.id, manifestOf(ME));
    expect(v2.list).toMatchObject({ version: 2, operationCount: 1 });
    expect((await listClients()).find((c) => c.id === client.id).operationList).toEqual(v2.list);

    const publicBefore = (await asAdmin('{ publicOperationList { version } }')).data.publicOperationList?.version ?? 0;
    const pub = await publish(null, manifestOf(ME, LOGIN, op('{ me { id } }', null)));
    expect(pub.list).toMatchObject({ version: publicBefore + 1, operationCount: 3 });
    expect((await asAdmin('{ publicOperationList { version operationCount } }')).data.publicOperationList).toEqual({ version: publicBefore + 1, operationCount: 3 });
    // The public list is separate from the client's.
    expect((await listClients()).find((c) => c.id === client.id).operationList.version).toBe(2);
  });

  test('an empty list is allowed (the client may run nothing)', async () => {
    const { client } = await create({ name: 'Frozen' });
    expect((await publish(client.id, manifestOf())).list).toMatchObject({ version: 1, operationCount: 0 });
  });

  test('refuses every kind of invalid manifest with INVALID_INPUT, leaving the list as it was', async () => {
    const { client } = await create({ name: 'Strict' });
    await publish(client.id, manifestOf(ME));
    const wrongHash = { ...ME, id: sha256('something else') };
    const invalid: [unknown, RegExp][] = [
      ['not json', /JSON/],
      [[], /format/],
      [{ ...manifestOf(ME), format: 'apollo-persisted-query-manifest-v2' }, /format/],
      [{ ...manifestOf(ME), version: 2 }, /version/],
      [{ format: 'apollo-persisted-query-manifest', version: 1, operations: {} }, /operations/],
      [manifestOf(ME, 'nope'), /operations\[1\]: not an object/],
      [manifestOf(ME, wrongHash), /operations\[1\] \(Me\): id is not the lower-case hex SHA-256/],
      [manifestOf({ ...ME, id: ME.id.toUpperCase() }), /operations\[0\] \(Me\): id/],
      [manifestOf(ME, ME), /operations\[1\] \(Me\): duplicate id/],
      [manifestOf(op('query Broken { me { id }', 'Broken')), /operations\[0\] \(Broken\): body does not parse/],
      [manifestOf(op('query A { me { id } } query B { me { email } }', 'A')), /exactly one operation, not 2/],
      [manifestOf(op('fragment F on User { id }', 'F')), /exactly one operation, not 0/],
      [manifestOf(op('query Me { me { id } }', 'NotMe')), /operations\[0\] \(NotMe\): body's operation is named Me/],
      [manifestOf(op('query { me { id } }', 'Named')), /named \(anonymous\)/],
      [manifestOf(op('query Me { me { id } }', 'Me', 'mutation')), /body's operation is a query/],
      [manifestOf(op('query Me { me { id } }', 'Me', 'QUERY')), /type must be query, mutation or subscription/],
      [manifestOf({ name: 'Me', type: 'query', body: ME.body }), /must be strings/],
      [manifestOf({ ...ME, name: 5 }), /name must be a string/],
    ];
    for (const [manifest, message] of invalid) {
      const payload = await publish(client.id, manifest);
      expect(payload).toEqual({ list: null, userErrors: [{ code: 'INVALID_INPUT', message: expect.stringMatching(message), field: ['manifest'] }] });
    }
    expect((await listClients()).find((c) => c.id === client.id).operationList).toMatchObject({ version: 1, operationCount: 1 });
  });

  test('a fragment beside the operation is fine', async () => {
    const { client } = await create({ name: 'Fragments' });
    const body = 'query Me { me { ...U } } fragment U on User { id email }';
    expect((await publish(client.id, manifestOf(op(body, 'Me')))).list).toMatchObject({ version: 1, operationCount: 1 });
  });

  // Manifests this large exceed the router's request body limit, so these limits are checked on the service itself.
  test('manifests over 5 MB or 5,000 operations are refused', () => {
    const big = JSON.stringify({ ...manifestOf(ME), padding: 'x'.repeat(MANIFEST_MAX_BYTES) });
    expect(parseManifest(big)).toEqual({ error: expect.stringMatching(/larger than 5 MB/) });
    const many = Array.from({ length: MANIFEST_MAX_OPERATIONS + 1 }, (_, i) => op(`query Q${i} { me { id } }`, `Q${i}`));
    expect(parseManifest(JSON.stringify(manifestOf(...many)))).toEqual({ error: expect.stringMatching(/more than 5000 operations/) });
    expect(parseManifest(JSON.stringify(manifestOf(...many.slice(1))))).toEqual({ operations: many.slice(1) });
  });

  test('unknown and revoked clients are NOT_FOUND', async () => {
    const { client } = await create({ name: 'Gone' });
    await asAdmin(REVOKE, { id: client.id });
    for (const id of [client.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(await publish(id, manifestOf(ME))).toEqual({ list: null, userErrors: [{ code: 'NOT_FOUND', message: expect.any(String), field: ['clientId'] }] });
    }
  });
});

test('shoppers are FORBIDDEN and anonymous callers UNAUTHENTICATED', async () => {
  const shopper = await registerShopper(platform);
  const { client } = await create({ name: 'Guarded' });
  const operations: [string, Record<string, unknown>][] = [
    [CREATE, { input: { name: 'x' } }],
    [REVOKE, { id: client.id }],
    [LIST, {}],
    [PUBLISH, { clientId: null, manifest: JSON.stringify(manifestOf(ME)) }],
    ['{ publicOperationList { version } }', {}],
  ];
  for (const [query, variables] of operations) {
    expect((await platform.request(query, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.request(query, variables, { token: shopper.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  // The subgraph checks again, whatever the router did.
  expect((await direct(ROUTER, LIST, {}, shopper.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await direct(ROUTER, LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await listClients()).find((c) => c.id === client.id).revokedAt).toBeNull();
});

describe('internal fields for the router', () => {
  test('are not part of the router’s API', async () => {
    for (const query of [
      '{ apiClientByKey(key: "pz_x") { id } }',
      '{ operationList { version } }',
      '{ operationListVersion }',
    ]) {
      for (const token of [undefined, admin]) {
        const res = await platform.request(query, {}, { token });
        expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
    }
  });

  test('apiClientByKey: the client of a key in one statement; lastUsedAt written at most once a minute', async () => {
    const { client, apiKey } = await create({ name: 'Router-facing', mode: 'IDS_ONLY' });
    const found = await direct(ROUTER, BY_KEY, { key: apiKey });
    expect(found).toEqual({ data: { apiClientByKey: { id: client.id, name: 'Router-facing', mode: 'IDS_ONLY', revoked: false, listVersion: null } } });

    const usedAt = (await listClients()).find((c) => c.id === client.id).lastUsedAt;
    expect(usedAt).not.toBeNull();
    expect(await statementsOf(() => direct(ROUTER, BY_KEY, { key: apiKey }))).toBe(1);
    expect((await listClients()).find((c) => c.id === client.id).lastUsedAt).toBe(usedAt);
    // A minute later, the next use is recorded.
    await authDb().execute(sql`update api_clients set last_used_at = last_used_at - interval '2 minutes' where id = ${client.id}`);
    await direct(ROUTER, BY_KEY, { key: apiKey });
    expect(new Date((await listClients()).find((c) => c.id === client.id).lastUsedAt).getTime()).toBeGreaterThanOrEqual(new Date(usedAt).getTime());

    await publish(client.id, manifestOf(ME));
    await publish(client.id, manifestOf(ME, LOGIN));
    expect((await direct(ROUTER, BY_KEY, { key: apiKey })).data.apiClientByKey.listVersion).toBe(2);

    await asAdmin(REVOKE, { id: client.id });
    expect((await direct(ROUTER, BY_KEY, { key: apiKey })).data.apiClientByKey).toMatchObject({ id: client.id, revoked: true });
  });

  test('apiClientByKey: unknown or malformed keys are null, without a statement for malformed ones', async () => {
    const { apiKey } = await create({ name: 'Lookalike' });
    const unknown = `${apiKey.slice(0, -1)}${apiKey.endsWith('A') ? 'B' : 'A'}`;
    expect((await direct(ROUTER, BY_KEY, { key: unknown })).data.apiClientByKey).toBeNull();
    for (const key of ['', 'pz_short', apiKey.slice(3), `${apiKey} `]) {
      expect((await direct(ROUTER, BY_KEY, { key })).data.apiClientByKey).toBeNull();
      expect(await statementsOf(() => direct(ROUTER, BY_KEY, { key }))).toBe(0);
    }
  });

  test('operationList and operationListVersion: a client’s list or the public one, in one statement', async () => {
    const { client } = await create({ name: 'Lister' });
    expect(await direct(ROUTER, CONTENT, { clientId: client.id })).toEqual({ data: { operationList: null } });
    expect(await direct(ROUTER, VERSION, { clientId: client.id })).toEqual({ data: { operationListVersion: null } });
    expect((await direct(ROUTER, CONTENT, { clientId: 'not-a-uuid' })).data.operationList).toBeNull();

    const anonymous = op('{ me { id } }', null);
    await publish(client.id, manifestOf(ME, LOGIN, anonymous));
    const content = await direct(ROUTER, CONTENT, { clientId: client.id });
    expect(await statementsOf(() => direct(ROUTER, CONTENT, { clientId: client.id }))).toBe(1);
    expect(await statementsOf(() => direct(ROUTER, VERSION, { clientId: client.id }))).toBe(1);
    expect(content.data.operationList).toEqual({ version: 1, operations: [ME, LOGIN, anonymous] });
    expect((await direct(ROUTER, VERSION, { clientId: client.id })).data.operationListVersion).toBe(1);

    const pub = await publish(null, manifestOf(LOGIN));
    const publicList = (await direct(ROUTER, CONTENT, {})).data.operationList;
    expect(publicList).toEqual({ version: pub.list.version, operations: [LOGIN] });
    expect((await direct(ROUTER, VERSION, { clientId: null })).data.operationListVersion).toBe(pub.list.version);
  });

  test('answer only the router asking for itself: not services, not a request made for a viewer', async () => {
    const { client, apiKey } = await create({ name: 'Private' });
    const others: [Caller, string | undefined][] = [
      [{ issuer: 'service:orders', viewer: null, ip: null }, undefined],
      [ROUTER, admin], // a request the router makes for a viewer, an admin at that
    ];
    for (const [caller, token] of others) {
      for (const [query, variables] of [
        [BY_KEY, { key: apiKey }],
        [CONTENT, { clientId: client.id }],
        [VERSION, { clientId: null }],
      ] as const) {
        const res = await direct(caller, query, variables, token);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect((await listClients()).find((c) => c.id === client.id).lastUsedAt).toBeNull();
  });
});
