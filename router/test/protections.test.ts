/**
 * The router's front door, tried as an attacker would: every hostile request is refused with the contract's code,
 * a 4xx status and no subgraph called; budgets and field limits hold under concurrency, in memory and across
 * replicas sharing Redis.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { RunningService } from '@zero/service';
import { TEST_METRICS_TOKEN, registerShopper, scaled, startPlatform, type Platform } from '@zero/testing';

const SUPERGRAPH = path.resolve(__dirname, '../../schema/supergraph.graphql');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let platform: Platform;
beforeAll(async () => {
  // The router's default cost limit; published operation lists are picked up within a second (every router of this
  // file polls the auth subgraph that often: faster would crowd it on a busy machine).
  platform = await startPlatform({ env: { MAX_OPERATION_COST: '10000', OPERATION_LIST_REFRESH_MS: '1000' } });
});
afterAll(() => platform?.stop());

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { cost?: any } };
}

async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body };
}

async function get(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${url}/graphql?${search}`, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/** GraphQL operations every subgraph has run for clients so far (the router's own look-ups of lists, keys and revoked tokens aside). */
const ROUTER_LOOKUPS = new Set(['OperationList', 'OperationListVersions', 'ApiClientByKey', 'TokenRevocations']);
async function subgraphCalls(): Promise<number> {
  let total = 0;
  for (const subgraph of Object.values(platform.subgraphs)) {
    const metrics = (subgraph.deps as { metrics: { graphqlOperations: { get(): Promise<{ values: { labels: Record<string, unknown>; value: number }[] }> } } }).metrics;
    total += (await metrics.graphqlOperations.get()).values.filter((v) => !ROUTER_LOOKUPS.has(String(v.labels.operation))).reduce((sum, v) => sum + v.value, 0);
  }
  return total;
}

const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

function nested(pairs: number): string {
  let inner = 'id';
  for (let i = 0; i < pairs; i++) inner = `variants { product { ${inner} } }`;
  return `{ product(slug: "x") { ${inner} } }`;
}

/** A value nested `levels` deep: `wrap` applied to 'x' that many times. */
function nestedValue(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

describe('hostile documents are refused before any subgraph is called', () => {
  const cases: [string, () => unknown, number, string][] = [
    ['depth (25 nested pairs)', () => ({ query: nested(25) }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['cost (5 nested pairs)', () => ({ query: nested(5) }), 400, 'COST_ESTIMATED_TOO_EXPENSIVE'],
    [
      'cost (products through category.parent.products)',
      () => ({ query: '{ products(first: 100) { edges { node { category { parent { products(first: 100) { edges { node { variants { id } } } } } } } } } }' }),
      400,
      'COST_ESTIMATED_TOO_EXPENSIVE',
    ],
    ['aliases (40 searches)', () => ({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: products(filter: { search: "x" }) { totalCount }`).join(' ')} }` }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['mutation aliases (2,000 createCart)', () => ({ query: `mutation { ${Array.from({ length: 2000 }, (_, i) => `c${i}: createCart { cart { id } }`).join(' ')} }` }), 400, 'GRAPHQL_PARSE_FAILED'],
    ['directives (60 @include)', () => ({ query: `{ me ${'@include(if: true) '.repeat(60)}{ id } }` }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['tokens (5,000 fields)', () => ({ query: `{ me { ${'id '.repeat(5000)} } }` }), 400, 'GRAPHQL_PARSE_FAILED'],
    [
      'recursive selections (a fragment bomb)',
      () => {
        const levels = Array.from({ length: 24 }, (_, i) => (i === 0 ? 'fragment L0 on Category { slug }' : `fragment L${i} on Category { ...L${i - 1} ...L${i - 1} }`));
        return { query: `{ categories { ...L23 } } ${levels.join(' ')}` };
      },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['NUL in a variable', () => ({ query: 'query($q: String) { products(filter: { search: $q }) { totalCount } }', variables: { q: 'a\u0000b' } }), 400, 'BAD_USER_INPUT'],
    ['NUL in a literal', () => ({ query: '{ product(slug: "a\\u0000b") { id } }' }), 400, 'BAD_USER_INPUT'],
    ['NUL in a nested input', () => ({ query: 'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', variables: { input: { email: 'a@b.c', password: 'x\u0000' } } }), 400, 'BAD_USER_INPUT'],
    ['unknown operationName', () => ({ query: 'query A { me { id } }', operationName: 'Nope' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['two operations without operationName', () => ({ query: 'query A { me { id } } query B { me { id } }' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription', () => ({ query: 'subscription { me { id } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['variables nested 4,000 lists deep', () => ({ query: '{ __typename }', variables: { junk: nestedValue(4000, (inner) => [inner]) } }), 400, 'BAD_USER_INPUT'],
    [
      'variables nested 4,000 objects deep, beside a good one',
      () => ({ query: 'query($q: String) { products(filter: { search: $q }) { totalCount } }', variables: { q: 'lamp', junk: nestedValue(4000, (inner) => ({ a: inner })) } }),
      400,
      'BAD_USER_INPUT',
    ],
  ];

  test.each(cases)('%s', async (_name, payload, status, expected) => {
    const before = await subgraphCalls();
    const answer = await post(platform.router.url, payload());
    expect({ status: answer.status, code: code(answer) }).toEqual({ status, code: expected });
    expect(answer.body.data ?? null).toBeNull();
    expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.[jt]s:\d|node_modules|127\.0\.0\.1|localhost/);
    expect(await subgraphCalls()).toBe(before);
  });

  test('the refusals say what is wrong', async () => {
    const unknown = await post(platform.router.url, { query: 'query A { me { id } }', operationName: 'Nope' });
    expect(unknown.body.errors?.[0]?.message).toBe('The document has no operation named "Nope"');
    const ambiguous = await post(platform.router.url, { query: 'query A { me { id } } query B { me { id } }' });
    expect(ambiguous.body.errors?.[0]?.message).toBe('The document has several operations: name one with operationName');
    const deep = await post(platform.router.url, { query: '{ __typename }', variables: { junk: nestedValue(33, (inner) => [inner]) } });
    expect(deep.body.errors?.[0]?.message).toBe('Variables may nest lists and objects at most 32 levels deep');
    const deepEnough = await post(platform.router.url, { query: '{ __typename }', variables: { junk: nestedValue(31, (inner) => [inner]) } });
    expect(deepEnough.body.data).toEqual({ __typename: 'Query' });
  });

  test('10,000 aliases of a search: refused (too large), and others are served meanwhile', async () => {
    const query = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: products(filter: { search: "lamp" }) { totalCount }`).join(' ')} }`;
    const before = await subgraphCalls();
    const [hostile, shopper] = await Promise.all([post(platform.router.url, { query }), post(platform.router.url, { query: '{ categories { slug } }' })]);
    expect(hostile.status).toBeGreaterThanOrEqual(400);
    expect(hostile.status).toBeLessThan(500);
    expect(shopper.body.data.categories.length).toBeGreaterThan(0);
    expect(await subgraphCalls()).toBe(before + 1);
  });

  test('a malformed body, a body over the limit and a GET mutation are 4xx', async () => {
    expect((await post(platform.router.url, '{"query": ')).status).toBe(400);
    const big = await post(platform.router.url, { query: `{ me { id } } # ${'x'.repeat(1100 * 1024)}` });
    expect(big.status).toBe(413);
    const mutation = await get(platform.router.url, { query: 'mutation { createCart { cart { id } } }' });
    expect(mutation.status).toBe(405);
  });

  test('in production, errors suggest no field names', async () => {
    const production = await platform.startRouter({ NODE_ENV: 'production', PUBLIC_OPERATIONS_MODE: 'freeform' });
    const answer = await post(production.url, { query: '{ prodcts { totalCount } }' });
    expect(code(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors![0]!.message).not.toMatch(/Did you mean/);
    const dev = await post(platform.router.url, { query: '{ prodcts { totalCount } }' });
    expect(dev.body.errors![0]!.message).toMatch(/Did you mean "products"/);
  });
});

describe('errors', () => {
  test('a subgraph that stops answering costs a request at most the subgraph timeout; others are unaffected', async () => {
    const sockets: import('node:net').Socket[] = [];
    const hung = (await import('node:net')).createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const port = (hung.address() as import('node:net').AddressInfo).port;
    try {
      const router = await platform.startRouter({ CART_SUBGRAPH_URL: `http://127.0.0.1:${port}/graphql`, SUBGRAPH_TIMEOUT_MS: String(scaled(500)) });
      const started = Date.now();
      const answer = await post(router.url, { query: 'mutation { createCart { cart { id } } }' });
      expect(code(answer)).toBe('SUBGRAPH_UNAVAILABLE');
      expect(answer.body.errors![0]!.message).toMatch(/cart service is unavailable/);
      expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}`));
      expect(Date.now() - started).toBeLessThan(scaled(30_000)); // bounded by the timeout, not by the hung subgraph
      expect((await post(router.url, { query: '{ categories { slug } }' })).body.data.categories.length).toBeGreaterThan(0);
    } finally {
      sockets.forEach((s) => s.destroy());
      hung.close();
    }
  });

  test('a subgraph refusal carries its code and message, nothing of the transport', async () => {
    const answer = await post(platform.router.url, { query: 'mutation { addToCart(variantId: "x", quantity: 1) { cart { id } } }' });
    expect(code(answer)).toBe('UNAUTHENTICATED');
    const text = JSON.stringify(answer.body);
    expect(text).not.toMatch(/401: Unauthorized|https?:\/\/|"response"|serviceName/);
  });
});

describe('demand control', () => {
  test('every response carries extensions.cost; the actual cost follows the real response', async () => {
    const answer = await post(platform.router.url, { query: '{ categories { slug } }' });
    const cost = answer.body.extensions!.cost;
    expect(cost.requestedQueryCost).toBeGreaterThan(0);
    // One object per category actually returned (scalars cost nothing).
    expect(cost.actualQueryCost).toBe(answer.body.data.categories.length);
    expect(cost.actualQueryCost).toBeLessThanOrEqual(cost.requestedQueryCost);
    expect(cost.throttleStatus).toEqual({ maximumAvailable: 100000000, currentlyAvailable: expect.any(Number), restoreRate: 100000000 });
    // Nested lists: the connection, each edge and node, each variant, each image (objects 1, scalars 0).
    const admin = await (await import('@zero/testing')).adminToken(platform);
    await (await import('@zero/testing')).createTestProduct(platform, admin, { price: 1000, weightGrams: 10, stock: 1 });
    const listing = await post(platform.router.url, { query: '{ products(first: 3) { totalCount edges { cursor node { name variants { sku price { amount } } images { url } } } } }' });
    const edges = listing.body.data.products.edges as { node: { variants: unknown[]; images: unknown[] } }[];
    expect(edges.length).toBeGreaterThan(0);
    const byHand = 1 + edges.reduce((sum, e) => sum + 2 + e.node.variants.length * 2 + e.node.images.length, 0);
    expect(listing.body.extensions!.cost.actualQueryCost).toBe(byHand);
    // Estimated: 3 edges × (edge + node + 100 assumed variants × (variant + money) + 20 assumed images) + the connection.
    expect(listing.body.extensions!.cost.requestedQueryCost).toBe(1 + 3 * (2 + 100 * 2 + 20));
    const refused = await post(platform.router.url, { query: nested(5) });
    expect(refused.body.extensions!.cost.requestedQueryCost).toBeGreaterThan(10000); // the estimate that was refused
    expect(refused.body.extensions!.cost.actualQueryCost).toBe(0);
    expect(refused.body.extensions!.cost.throttleStatus.maximumAvailable).toBe(100000000);
  });

  test('a client whose budget is spent gets RATE_LIMITED, 429 and Retry-After; another client is unaffected', async () => {
    const router = await platform.startRouter({ MAX_OPERATION_COST: '100', COST_BUDGET_MAX: '100', COST_BUDGET_RESTORE_RATE: '1' });
    const query = '{ categories { slug } }';
    const first = await post(router.url, { query });
    expect(first.status).toBe(200);
    const spent = first.body.extensions!.cost;
    let last = first;
    for (let i = 0; i < 100 && last.status === 200; i++) last = await post(router.url, { query });
    expect(last.status).toBe(429);
    expect(code(last)).toBe('RATE_LIMITED');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(spent.throttleStatus).toEqual({ maximumAvailable: 100, currentlyAvailable: expect.any(Number), restoreRate: 1 });
    const shopper = await registerShopper(platform);
    const other = await post(router.url, { query }, { authorization: `Bearer ${shopper.token}` });
    expect(other.status).toBe(200);
  });
});

describe('field rate limits from the SDL', () => {
  let dir: string;
  let limitedSupergraph: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-'));
    limitedSupergraph = path.join(dir, 'supergraph.graphql');
    const sdl = fs.readFileSync(SUPERGRAPH, 'utf8');
    const limited = sdl
      .replace(/(createCart: CartPayload![^\n]*@rateLimit\()max: \d+/, '$1max: 2')
      .replace(/(newPassword: String!\n {2}\): AuthPayload! @join__field\(graph: AUTH\) @authenticated @rateLimit\()max: 10/, '$1max: 1'); // changePassword
    expect(limited).toMatch(/createCart: CartPayload![^\n]*@rateLimit\(max: 2,/);
    expect(limited.match(/@authenticated @rateLimit\(max: 1,/g)).toHaveLength(1);
    fs.writeFileSync(limitedSupergraph, limited);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const createCart = (router: RunningService) => post(router.url, { query: 'mutation { createCart { cart { id } userErrors { code } } }' });

  test('20 concurrent calls to a field limited to 2 let exactly 2 through (in memory)', async () => {
    const router = await platform.startRouter({ SUPERGRAPH_PATH: limitedSupergraph, FIELD_RATE_LIMITS: 'true' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => createCart(router)));
    expect(answers.filter((a) => a.body.data?.createCart?.cart?.id).length).toBe(2);
    const refused = answers.filter((a) => code(a) === 'RATE_LIMITED');
    expect(refused.length).toBe(18);
    expect(refused.every((a) => a.status === 429 && Number(a.headers.get('retry-after')) > 0)).toBe(true);
  });

  test('20 concurrent calls across two routers sharing Redis let exactly 2 through', async () => {
    const prefix = `zero:test:${randomBytes(4).toString('hex')}:`;
    // A budget that takes long to refill, so its bucket is still in Redis when the test looks.
    const env = { SUPERGRAPH_PATH: limitedSupergraph, FIELD_RATE_LIMITS: 'true', REDIS_URL, REDIS_PREFIX: prefix, COST_BUDGET_MAX: '1000000', COST_BUDGET_RESTORE_RATE: '10' };
    const [one, two] = await Promise.all([platform.startRouter(env), platform.startRouter(env)]);
    const redis = new Redis(REDIS_URL);
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => createCart(i % 2 ? one : two)));
      expect(answers.filter((a) => a.body.data?.createCart?.cart?.id).length).toBe(2);
      expect(answers.filter((a) => code(a) === 'RATE_LIMITED').length).toBe(18);
      // The budget is shared too: both replicas report the same bucket.
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.some((k) => k.startsWith(`${prefix}budget:`))).toBe(true);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  test("a field anyone may call is limited per address whatever token comes with it; a signed-in one, per account", async () => {
    const router = await platform.startRouter({ SUPERGRAPH_PATH: limitedSupergraph, FIELD_RATE_LIMITS: 'true' });
    const [ada, bob] = await Promise.all([registerShopper(platform), registerShopper(platform)]);
    const as = (shopper: { token: string }) => ({ authorization: `Bearer ${shopper.token}` });
    const create = (headers: Record<string, string> = {}) => post(router.url, { query: 'mutation { createCart { cart { id } } }' }, headers);
    expect((await create()).body.data?.createCart?.cart?.id).toBeTruthy();
    expect((await create(as(ada))).body.data?.createCart?.cart?.id).toBeTruthy();
    // The address's two are spent: a token, anyone's, brings no fresh allowance.
    for (const headers of [{}, as(ada), as(bob)]) expect(code(await create(headers))).toBe('RATE_LIMITED');

    const CHANGE = { query: 'mutation { changePassword(currentPassword: "Wrong-pass-1", newPassword: "Another-pass-2") { userErrors { code } } }' };
    expect((await post(router.url, CHANGE, as(ada))).body.data?.changePassword.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect(code(await post(router.url, CHANGE, as(ada)))).toBe('RATE_LIMITED');
    // Another account from the same address has its own.
    expect((await post(router.url, CHANGE, as(bob))).body.data?.changePassword.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('one document with many aliases of a limited field counts each of them', async () => {
    const router = await platform.startRouter({ SUPERGRAPH_PATH: limitedSupergraph, FIELD_RATE_LIMITS: 'true' });
    const answer = await post(router.url, { query: 'mutation { a: createCart { cart { id } } b: createCart { cart { id } } c: createCart { cart { id } } }' });
    expect(code(answer)).toBe('RATE_LIMITED');
  });
});

describe('automatic persisted queries', () => {
  const query = '{ categories { slug name } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND; once registered it runs by POST and by GET without any preflight header', async () => {
    const unknown = await post(platform.router.url, { extensions });
    expect(code(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(platform.router.url, { query, extensions });
    expect(registered.body.data.categories.length).toBeGreaterThan(0);
    expect((await post(platform.router.url, { extensions })).body.data).toEqual(registered.body.data);
    const byGet = await get(platform.router.url, { extensions });
    expect(byGet.status).toBe(200);
    expect(byGet.body.data).toEqual(registered.body.data);
  });

  test("a hash that is not the query's, or another version, is the client's mistake (BAD_REQUEST), in production too", async () => {
    const production = await platform.startRouter({ NODE_ENV: 'production', PUBLIC_OPERATIONS_MODE: 'freeform' });
    for (const url of [platform.router.url, production.url]) {
      const mismatched = await post(url, { query: '{ __typename }', extensions });
      expect({ status: mismatched.status, code: code(mismatched), message: mismatched.body.errors?.[0]?.message }).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'provided sha does not match query',
      });
      const version = await post(url, { query, extensions: { persistedQuery: { version: 2, sha256Hash } } });
      expect({ status: version.status, code: code(version), message: version.body.errors?.[0]?.message }).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'Unsupported persisted query version',
      });
    }
  });
});

describe('metrics', () => {
  test('are served only with METRICS_TOKEN, or on METRICS_PORT', async () => {
    expect((await fetch(`${platform.router.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${platform.router.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await fetch(`${platform.router.url}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
    expect(await ok.text()).toMatch(/router_refusals_total\{.*code="COST_ESTIMATED_TOO_EXPENSIVE".*\} \d+/);
    const untokened = await platform.startRouter({ METRICS_TOKEN: undefined, ROUTER_METRICS_PORT: '0' });
    expect((await fetch(`${untokened.url}/metrics`)).status).toBe(404);
  });
});

describe('partners and published operation lists', () => {
  const manifestOf = (bodies: string[]) => ({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: bodies.map((body) => {
      const [, type, name] = /^(query|mutation) (\w+)/.exec(body)!;
      return { id: createHash('sha256').update(body).digest('hex'), name, type, body };
    }),
  });
  const CATEGORIES = 'query Categories { categories { slug } }';
  const ME = 'query Me { me { id } }';
  const idOf = (body: string) => createHash('sha256').update(body).digest('hex');
  const byId = (body: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: idOf(body) } } });

  let admin: string;
  beforeAll(async () => {
    const { adminToken } = await import('@zero/testing');
    admin = await adminToken(platform);
  });

  async function createPartner(name: string, mode: 'SAFELIST' | 'IDS_ONLY' = 'SAFELIST') {
    const created = await platform.request(
      'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id name mode } apiKey userErrors { code message } } }',
      { input: { name, mode } },
      { token: admin },
    );
    const { client, apiKey } = created.data.createApiClient;
    expect(apiKey).toMatch(/^pz_/);
    return { id: client.id as string, key: apiKey as string };
  }

  async function publish(clientId: string | null, bodies: string[]): Promise<number> {
    const res = await platform.request(
      'mutation($clientId: ID, $manifest: String!) { publishOperationList(clientId: $clientId, manifest: $manifest) { list { version operationCount } userErrors { code message } } }',
      { clientId, manifest: JSON.stringify(manifestOf(bodies)) },
      { token: admin },
    );
    expect(res.data.publishOperationList.userErrors).toEqual([]);
    return res.data.publishOperationList.list.version;
  }

  test('a partner runs its listed operations by id (POST and GET) and nothing else, whatever it claims to be', async () => {
    const partner = await createPartner('Acme Feeds');
    await publish(partner.id, [CATEGORIES, ME]);
    const headers = { 'x-api-key': partner.key };

    const posted = await post(platform.router.url, byId(CATEGORIES), headers);
    expect(posted.status).toBe(200);
    expect(posted.body.data.categories.length).toBeGreaterThan(0);
    // Its own budget: the partner bucket, not the anonymous one.
    expect(posted.body.extensions!.cost.throttleStatus.maximumAvailable).toBe(200000000);
    const viaGet = await get(platform.router.url, byId(ME), headers);
    expect(viaGet.status).toBe(200);
    expect(viaGet.body.data).toEqual({ me: null });
    // A listed document sent freeform (reformatted) is accepted in SAFELIST mode.
    expect((await post(platform.router.url, { query: 'query Categories {\n  categories {\n    slug\n  }\n}' }, headers)).body.data.categories.length).toBeGreaterThan(0);

    const unlisted = await post(platform.router.url, { query: '{ categories { slug name } }' }, { ...headers, 'apollographql-client-name': 'storefront' });
    expect({ status: unlisted.status, code: code(unlisted) }).toEqual({ status: 400, code: 'QUERY_NOT_IN_SAFELIST' });
    expect(unlisted.body.extensions!.cost).toEqual({ requestedQueryCost: 0, actualQueryCost: 0, throttleStatus: { maximumAvailable: 200000000, currentlyAvailable: expect.any(Number), restoreRate: 200000000 } });
    const unknownId = await post(platform.router.url, byId('query Other { me { email } }'), headers);
    expect({ status: unknownId.status, code: code(unknownId) }).toEqual({ status: 400, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
    const registering = await post(platform.router.url, { query: 'query Other { me { email } }', ...byId('query Other { me { email } }') }, headers);
    expect(code(registering)).toBe('PERSISTED_QUERY_NOT_IN_LIST');

    const forged = await post(platform.router.url, byId(CATEGORIES), { 'x-api-key': `${partner.key}x` });
    expect({ status: forged.status, code: code(forged) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  test('an IDS_ONLY partner must send ids; a newly published list is picked up without a restart', async () => {
    const partner = await createPartner('Strict Partner', 'IDS_ONLY');
    await publish(partner.id, [CATEGORIES]);
    const headers = { 'x-api-key': partner.key };
    const freeform = await post(platform.router.url, { query: CATEGORIES }, headers);
    expect(code(freeform)).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(code(await post(platform.router.url, byId(ME), headers))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(await publish(partner.id, [CATEGORIES, ME])).toBe(2);
    const { eventually } = await import('@zero/testing');
    const answer = await eventually(async () => {
      const a = await post(platform.router.url, byId(ME), headers);
      return a.status === 200 ? a : null;
    }, 30_000);
    expect(answer.body.data).toEqual({ me: null });
  });

  test('a revoked key is refused within the key cache period (at most a minute)', async () => {
    const router = await platform.startRouter({ API_KEY_CACHE_MS: '500' });
    const partner = await createPartner('Short-lived');
    await publish(partner.id, [CATEGORIES]);
    const headers = { 'x-api-key': partner.key };
    const { eventually } = await import('@zero/testing');
    // Served once this router has the key and its list (a 503 meanwhile if the auth subgraph is slow to answer).
    await eventually(async () => (await post(router.url, byId(CATEGORIES), headers)).status === 200, 30_000);
    const revoked = await platform.request('mutation($id: ID!) { revokeApiClient(id: $id) { client { revokedAt } userErrors { code } } }', { id: partner.id }, { token: admin });
    expect(revoked.data.revokeApiClient.client.revokedAt).toBeTruthy();
    const refused = await eventually(async () => {
      const a = await post(router.url, byId(CATEGORIES), headers);
      return a.status === 401 ? a : null;
    }, 30_000);
    expect(code(refused)).toBe('UNAUTHENTICATED');
  });

  test('in safelist mode, traffic without a key runs the published public list only', async () => {
    const router = await platform.startRouter({ PUBLIC_OPERATIONS_MODE: 'safelist' });
    const before = await post(router.url, { query: '{ me { id } }' });
    expect(code(before)).toBe('QUERY_NOT_IN_SAFELIST');
    await publish(null, [CATEGORIES, ME]);
    const { eventually } = await import('@zero/testing');
    const listed = await eventually(async () => {
      const a = await get(router.url, byId(CATEGORIES));
      return a.status === 200 ? a : null;
    }, 30_000);
    expect(listed.body.data.categories.length).toBeGreaterThan(0);
    expect((await post(router.url, { query: ME })).body.data).toEqual({ me: null });
    expect(code(await post(router.url, { query: '{ categories { name } }' }))).toBe('QUERY_NOT_IN_SAFELIST');
  });
});
