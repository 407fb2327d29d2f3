import { asService as asServiceOf, startPlatform, statementCount as statementCountOf, type Platform } from '@zero/testing';

/** The subgraphs the catalog tests need: auth (tokens, JWKS for the router) and the catalog. */
export const CATALOG_SUBGRAPHS = ['auth', 'catalog'];

export function startCatalogPlatform(options: { seed?: boolean } = {}): Promise<Platform> {
  return startPlatform({ subgraphs: CATALOG_SUBGRAPHS, env: options.seed ? { SEED_DEMO: 'true' } : {} });
}

/** Calls the catalog directly, as another service would (issuer `service:orders` unless given). */
export const asService = <T = any>(platform: Platform, query: string, variables: Record<string, unknown> = {}, issuer?: string) =>
  asServiceOf<T>(platform, 'catalog', query, variables, issuer);

/** Number of SQL statements the catalog has executed so far. */
export const statementCount = (platform: Platform) => statementCountOf(platform, 'catalog');

export const PRODUCT_FIELDS = `id slug name description archived createdAt
  category { id slug name parent { slug } }
  images { url alt }
  options { name values }
  priceRange { min { amount currency } max { amount currency } }
  inStock
  variants { id sku title price { amount currency } weightGrams quantityAvailable inStock selectedOptions { name value } }`;
