import { z } from 'zod';
import { OutboxRelay, ServiceClient, startSubgraph, type Database, type Env, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { Collaborators } from './services/clients';
import { OrderService, Topic } from './services/order-service';
import type { Context } from './context';

const env = {
  CART_SUBGRAPH_URL: z.string().url().default('http://localhost:8007/graphql'),
  CATALOG_SUBGRAPH_URL: z.string().url().default('http://localhost:8004/graphql'),
  USERS_SUBGRAPH_URL: z.string().url().default('http://localhost:8002/graphql'),
  PAYMENTS_SUBGRAPH_URL: z.string().url().default('http://localhost:8009/graphql'),
  /** A PENDING order unpaid this long is cancelled and its stock released. */
  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().min(0.01).default(30),
  /** How often the unpaid-order job runs. */
  ORDER_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(50).default(60_000),
  /** How often the outbox relay looks for undelivered effects. */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
  /** First retry delay of a failed delivery; it doubles per attempt up to OUTBOX_BACKOFF_MAX_MS. */
  OUTBOX_BACKOFF_MS: z.coerce.number().int().min(10).default(500),
  OUTBOX_BACKOFF_MAX_MS: z.coerce.number().int().min(10).default(60_000),
};

type Services = { orders: OrderService; db: Database<typeof tables> };

export const ordersSubgraph: SubgraphDefinition<typeof tables, typeof env, Services, Context> = {
  name: 'orders',
  defaultPort: 8008,
  env,
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, credentials }) {
    const client = (url: string) => new ServiceClient('orders', url, credentials);
    const others = new Collaborators(
      client(config.CART_SUBGRAPH_URL),
      client(config.CATALOG_SUBGRAPH_URL),
      client(config.USERS_SUBGRAPH_URL),
      client(config.PAYMENTS_SUBGRAPH_URL),
    );
    // Effects on other subgraphs, delivered at least once; every consumer is idempotent.
    let orders: OrderService | undefined;
    const relay = new OutboxRelay(
      db,
      {
        [Topic.CART_CLEAR]: (p) => others.clearOrderedLines(p.viewer, p.cartId, p.orderId, p.lines),
        [Topic.STOCK_COMMIT]: async (p) => {
          if ((await others.settleReservation(p.reference, 'commit')) === 'lost') await orders!.stockLost(p.reference);
        },
        [Topic.STOCK_RELEASE]: async (p) => void (await others.settleReservation(p.reference, 'release')),
        [Topic.PAYMENTS_REFUND]: (p) => others.refundOrder(p.orderId, p.reason),
      },
      logger,
      { intervalMs: config.OUTBOX_INTERVAL_MS, backoffBaseMs: config.OUTBOX_BACKOFF_MS, backoffMaxMs: config.OUTBOX_BACKOFF_MAX_MS },
    );
    orders = new OrderService(db, others, relay, { paymentTimeoutMinutes: config.ORDER_PAYMENT_TIMEOUT_MINUTES }, logger);
    relay.start();
    const expiry = setInterval(() => {
      orders.expireUnpaid().catch((error) => logger.error({ err: error }, 'expiring unpaid orders failed'));
    }, config.ORDER_EXPIRY_INTERVAL_MS);
    expiry.unref();
    return {
      services: { orders, db },
      stop: async () => {
        clearInterval(expiry);
        await relay.stop();
      },
    };
  },
  context: (base, { orders, db }) => ({ ...base, orders, loaders: createLoaders(db, orders) }),
};

/** Starts the orders subgraph with the given environment. */
export function start(environment: Env) {
  return startSubgraph(ordersSubgraph, environment);
}
