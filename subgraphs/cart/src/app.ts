import { z } from 'zod';
import { ServiceClient, startSubgraph, type Database, type Env, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { CartService } from './services/cart-service';
import { CatalogClient } from './services/catalog-client';
import type { Context } from './context';

const env = {
  /** The catalog subgraph, for current prices and stock (the same variable the router reads). */
  CATALOG_SUBGRAPH_URL: z.string().url().default('http://localhost:8004/graphql'),
  /** How often abandoned guest carts are deleted. */
  CART_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(60 * 60 * 1000),
};

type Services = { carts: CartService; catalog: CatalogClient; db: Database<typeof tables> };

export const cartSubgraph: SubgraphDefinition<typeof tables, typeof env, Services, Context> = {
  name: 'cart',
  defaultPort: 8007,
  env,
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, credentials, logger }) {
    const catalog = new CatalogClient(new ServiceClient('cart', config.CATALOG_SUBGRAPH_URL, credentials));
    const carts = new CartService(db);
    let sweeping: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      sweeping = carts.purgeExpiredGuestCarts().then(
        (count) => count && logger.info({ count }, 'deleted abandoned guest carts'),
        (error) => logger.error({ err: error }, 'guest cart sweep failed'),
      );
    }, config.CART_SWEEP_INTERVAL_MS);
    timer.unref();
    return {
      services: { carts, catalog, db },
      stop: async () => {
        clearInterval(timer);
        await sweeping;
      },
    };
  },
  context: (base, { carts, catalog, db }) => ({ ...base, carts, loaders: createLoaders(db, catalog) }),
};

/** Starts the cart subgraph with the given environment. */
export function start(environment: Env) {
  return startSubgraph(cartSubgraph, environment);
}
