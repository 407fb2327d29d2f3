import { InternalCredentials } from '@zero/service';
import { startPlatform, type Platform } from '@zero/testing';

/** The subgraphs the catalog tests need: auth (tokens, JWKS for the router) and the catalog. */
export const CATALOG_SUBGRAPHS = ['auth', 'catalog'];

export function startCatalogPlatform(options: { seed?: boolean } = {}): Promise<Platform> {
  return startPlatform({ subgraphs: CATALOG_SUBGRAPHS, env: options.seed ? { SEED_DEMO: 'true' } : {} });
}

/** The catalog's own services, for tests that look behind the API (statement counts). */
export function catalogDeps(platform: Platform) {
  return platform.subgraphs.catalog!.deps as { metrics: { dbQueries: { get(): Promise<{ values: { value: number }[] }> } } };
}

/** Number of SQL statements the catalog has executed so far. */
export async function statementCount(platform: Platform): Promise<number> {
  const metric = await catalogDeps(platform).metrics.dbQueries.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/** Calls the catalog subgraph directly, as another service would (issuer `service:orders`). */
export async function asService<T = any>(platform: Platform, query: string, variables: Record<string, unknown> = {}, issuer = 'service:orders') {
  const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer, viewer: null, ip: null });
  const res = await fetch(`${platform.subgraphs.catalog!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zero-context': credential },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

let adminCounter = 0;
/** Creates an admin account directly in the auth service and signs it in through the router. */
export async function adminToken(platform: Platform): Promise<string> {
  const email = `admin-${Date.now().toString(36)}-${++adminCounter}@example.com`;
  const password = 'Admin-Password-1';
  const auth = (platform.subgraphs.auth!.services as { auth: { upsertAccount(e: string, p: string, r: string[]): Promise<unknown> } }).auth;
  await auth.upsertAccount(email, password, ['CUSTOMER', 'ADMIN']);
  const res = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }', {
    input: { email, password },
  });
  const token = res.data?.login?.session?.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return token;
}

export const PRODUCT_FIELDS = `id slug name description archived createdAt
  category { id slug name parent { slug } }
  images { url alt }
  options { name values }
  priceRange { min { amount currency } max { amount currency } }
  inStock
  variants { id sku title price { amount currency } weightGrams quantityAvailable inStock selectedOptions { name value } }`;
