import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@zero/service';
import { TEST_METRICS_TOKEN, closedPort, eventually, graphqlRequest, registerShopper, remains, startPlatform, type Platform } from '@zero/testing';
import { formatRouterError } from '../src/app';
import { readAuthorization } from '../src/authorization';

const SUPERGRAPH = path.resolve(__dirname, '../../schema/supergraph.graphql');

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

describe('health and metrics', () => {
  test('every service answers /health and /health/ready', async () => {
    for (const service of [platform.router, ...Object.values(platform.subgraphs)]) {
      expect((await fetch(`${service.url}/health`)).status).toBe(200);
      const ready = await fetch(`${service.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    }
  });

  test('the router is not ready while a subgraph is down', async () => {
    // A second router whose users subgraph is an address nothing listens on.
    const closed = await closedPort();
    const router = await platform.startRouter({ USERS_SUBGRAPH_URL: `http://127.0.0.1:${closed}/graphql` });
    const res = await fetch(`${router.url}/health/ready`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as any).reason).toMatch(/users/);
    expect((await fetch(`${router.url}/health`)).status).toBe(200);
  });

  test('/metrics exposes request counts, latency, operations and SQL statements', async () => {
    await platform.request('query Me { me { id } }');
    const scrape = { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } };
    const router = await (await fetch(`${platform.router.url}/metrics`, scrape)).text();
    expect(router).toMatch(/http_requests_total\{.*route="\/graphql".*\} \d+/);
    expect(router).toMatch(/http_request_duration_seconds_bucket/);
    expect(router).toMatch(/graphql_operations_total\{.*operation="Me".*\} \d+/);
    await registerShopper(platform);
    const auth = await (await fetch(`${platform.subgraphs.auth!.url}/metrics`, scrape)).text();
    expect((await fetch(`${platform.subgraphs.auth!.url}/metrics`)).status).toBe(401);
    expect(auth).toMatch(/db_queries_total\{service="auth"\} [1-9]\d*/);
  });
});

test('a token the router cannot check right now (JWKS unreachable) is 503 SUBGRAPH_UNAVAILABLE, not a sign-out', async () => {
  const shopper = await registerShopper(platform);
  const closed = await closedPort();
  const router = await platform.startRouter({ AUTH_JWKS_URL: `http://127.0.0.1:${closed}/.well-known/jwks.json` });
  const res = await graphqlRequest(router, '{ me { id } }', {}, { token: shopper.token });
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('1');
  expect(res.errors?.[0]).toMatchObject({ message: 'Could not verify the access token right now; try again shortly', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  // Anonymous requests need no keys.
  expect((await graphqlRequest(router, '{ me { id } }')).status).toBe(200);
});

test('until it has heard which sessions were signed out, the router lets no token through (503), anonymous requests still pass', async () => {
  const shopper = await registerShopper(platform);
  const closed = await closedPort();
  // The keys are reachable, the auth subgraph's revocations are not: the router has started, but cannot know yet
  // whether this token was signed out.
  const router = await platform.startRouter({
    AUTH_SUBGRAPH_URL: `http://127.0.0.1:${closed}/graphql`,
    AUTH_JWKS_URL: new URL('/.well-known/jwks.json', platform.subgraphs.auth!.url).toString(),
  });
  const res = await graphqlRequest(router, '{ products(first: 1) { edges { node { id } } } }', {}, { token: shopper.token });
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('1');
  expect(res.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  const ready = await fetch(`${router.url}/health/ready`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as any).reason).toMatch(/auth|revocations/);
  const anonymous = await graphqlRequest(router, '{ products(first: 1) { edges { node { id } } } }');
  expect(anonymous.status).toBe(200);
  expect(anonymous.errors).toBeUndefined();
});

describe('authorization directives', () => {
  test('are read from the supergraph, and the gateway copy no longer claims for: SECURITY', () => {
    const { rules, gatewaySdl } = readAuthorization(fs.readFileSync(SUPERGRAPH, 'utf8'));
    expect(rules.get('Mutation.logoutEverywhere')).toEqual({ authenticated: true, scopes: [] });
    expect(rules.get('Query.user')).toEqual({ authenticated: true, scopes: [['ADMIN']] });
    expect(rules.get('Query.me')).toBeUndefined();
    expect(gatewaySdl).not.toMatch(/(authenticated|requiresScopes)\/v[\d.]+", for: SECURITY/);
  });

  test('are enforced through fragments and aliases, before any subgraph is called', async () => {
    const shopper = await registerShopper(platform);
    const query = 'query { ...F } fragment F on Query { who: user(id: "x") { id } }';
    expect((await platform.request(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.request(query, {}, { token: shopper.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nested = '{ me { ... on User { addresses { id } } } }';
    expect((await platform.request(nested)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.request(nested, {}, { token: shopper.token })).data.me.addresses).toEqual([]);
  });
});

describe('the supergraph file', () => {
  test('is reloaded when it changes, without a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supergraph-'));
    const file = path.join(dir, 'supergraph.graphql');
    const full = fs.readFileSync(SUPERGRAPH, 'utf8');
    // Drops Query.user (its description, arguments and directives) from the supergraph.
    const withoutAdminLookup = full.replace(/\n\s*"""[^"]*?"""\n\s*user\([\s\S]*?\): User [^\n]*/, '');
    expect(withoutAdminLookup).not.toBe(full);
    fs.writeFileSync(file, withoutAdminLookup);
    const reloading = await platform.startRouter({ SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: '100' });
    const request = (query: string) => graphqlRequest(reloading, query);
    try {
      const query = '{ user(id: "x") { id } }';
      expect((await request(query)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      fs.writeFileSync(file, 'this is not a supergraph');
      // A bad file is ignored: the router keeps serving what it had through several polls.
      await remains(async () => JSON.stringify((await request('{ me { id } }')).data) === JSON.stringify({ me: null }), 400);
      fs.writeFileSync(file, full);
      // The field exists again, and its @requiresScopes rule came with it.
      await eventually(async () => (await request(query)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', 5000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('HTTP', () => {
  test('CORS allows the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${platform.router.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('http://localhost:3000')).headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('GET works for queries, without any preflight header', async () => {
    const res = await fetch(`${platform.router.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ me: null });
  });

  test('malformed bodies get a clean error', async () => {
    const res = await fetch(`${platform.router.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.ts|node_modules/);
  });

  test('in production, internal errors are masked', () => {
    const logger = createLogger('test', 'silent');
    const leaked = { message: 'connect ECONNREFUSED 10.0.0.7:5432', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };
    expect(formatRouterError(leaked, true, logger)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const hosts = { message: 'request to http://users:8002/graphql failed', extensions: { code: 'SUBREQUEST_HTTP_ERROR' } };
    expect(formatRouterError(hosts, true, logger).message).toBe('Internal server error');
    const expected = { message: 'Sign in', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'] } };
    expect(formatRouterError(expected, true, logger)).toEqual({ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

test('variable errors never echo the submitted value (a password, a card number)', async () => {
  const secret = 'Sup3r-Secret-Passw0rd';
  const missing = await platform.request('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', { input: { password: secret } });
  expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(missing.errors?.[0]?.message).toMatch(/Variable "\$input" has an invalid value/);
  const wrongType = await platform.request('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', { input: { email: 4242424242424242, password: secret } });
  expect(JSON.stringify([missing, wrongType])).not.toMatch(/Sup3r|4242424242424242/);
});
