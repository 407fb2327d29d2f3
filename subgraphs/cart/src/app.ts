import { z } from 'zod';
import { retentionEnv, startSubgraph, type Database, type Env, type StartOptions, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { checkoutRetention } from './db/retention';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { CartService } from './services/cart-service';
import { CatalogClient } from './services/catalog-client';
import { CartPrivacy } from './services/privacy';
import type { Context } from './context';

const env = {
  ...retentionEnv,
  /** How often abandoned guest carts are deleted. */
  CART_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60 * 60 * 1000),
  /** How long the record of a checkout (which makes clearing its lines idempotent) is kept. */
  CHECKOUT_RETENTION_DAYS: z.coerce.number().min(1).default(30),
};

type Services = { carts: CartService; catalog: CatalogClient; privacy: CartPrivacy; db: Database<typeof tables> };

export const cartSubgraph: SubgraphDefinition<typeof tables, typeof env, Services, Context> = {
  name: 'cart',
  defaultPort: 8007,
  env,
  // The catalog: current prices and stock.
  peers: { catalog: 'http://localhost:8004/graphql' },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, jobs, peer }) {
    const catalog = new CatalogClient(peer('catalog'));
    const carts = new CartService(db);
    jobs.every(config.CART_SWEEP_INTERVAL_MS, { name: 'guest cart sweep', run: () => carts.purgeExpiredGuestCarts() });
    jobs.every(config.RETENTION_INTERVAL_MS, checkoutRetention(db, config.CHECKOUT_RETENTION_DAYS));
    return { services: { carts, catalog, privacy: new CartPrivacy(db), db } };
  },
  context: (base, { carts, catalog, privacy, db }) => ({ ...base, carts, privacy, loaders: createLoaders(db, catalog) }),
};

/** Starts the cart subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(cartSubgraph, environment, options);
}
