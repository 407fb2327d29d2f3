import { z } from 'zod';
import {
  handle,
  idempotencyKeyRetention,
  notificationHandlers,
  idempotencyEnv,
  idempotencySettings,
  outboxEnv,
  outboxSettings,
  OutboxRelay,
  retentionEnv,
  startSubgraph,
  type Database,
  type Env,
  type StartOptions,
  type SubgraphDefinition,
  subgraphSources,
} from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { Collaborators, Topic } from './services/clients';
import { OrderService } from './services/order-service';
import { OrderPrivacy } from './services/privacy';
import type { Context } from './context';

const env = {
  ...outboxEnv,
  ...retentionEnv,
  ...idempotencyEnv,
  /** A PENDING order unpaid this long is cancelled and its stock released. */
  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().min(0.01).default(30),
  /**
   * How long after a checkout asked for its stock the stock is given back if its order was never saved (a crash, a
   * lost reply); a checkout still unsaved then gives up.
   */
  ABANDONED_CHECKOUT_MS: z.coerce.number().int().min(1000).default(600_000),
  /** How often the unpaid-order job runs. */
  ORDER_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(50).default(60_000),
};

type Services = { orders: OrderService; privacy: OrderPrivacy; relay: OutboxRelay; db: Database<typeof tables> };

export const ordersSubgraph: SubgraphDefinition<typeof tables, typeof env, Services, Context> = {
  name: 'orders',
  defaultPort: 8008,
  env,
  peers: {
    cart: 'http://localhost:8007/graphql',
    catalog: 'http://localhost:8004/graphql',
    users: 'http://localhost:8002/graphql',
    payments: 'http://localhost:8009/graphql',
    notifications: 'http://localhost:8011/graphql',
  },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, metrics, jobs, peer }) {
    const others = new Collaborators(peer('cart'), peer('catalog'), peer('users'), peer('payments'));
    const notifications = peer('notifications');
    const relay = new OutboxRelay(db, logger, outboxSettings(config), metrics);
    const orders = new OrderService(
      db,
      others,
      relay,
      { paymentTimeoutMinutes: config.ORDER_PAYMENT_TIMEOUT_MINUTES, idempotency: idempotencySettings(config), cartClearTimeoutMs: outboxSettings(config).inlineTimeoutMs, abandonedCheckoutMs: config.ABANDONED_CHECKOUT_MS },
      logger,
    );
    // Effects on other subgraphs, delivered at least once; every consumer is idempotent.
    relay.start(jobs, [
      handle(Topic.CART_CLEAR, (p, { signal }) => others.clearOrderedLines(p.viewer, p.cartId, p.orderId, p.lines, { signal })),
      handle(Topic.STOCK_COMMIT, async (p, { signal }) => {
        if ((await others.settleReservation(p.reference, 'commit', { signal })) === 'lost') await orders.stockLost(p.reference);
      }),
      handle(Topic.STOCK_RELEASE, async (p, { signal }) => void (await others.settleReservation(p.reference, 'release', { signal }))),
      handle(Topic.STOCK_RELEASE_ABANDONED, async (p, { eventId, signal }) => {
        if (await orders.releaseAbandoned(eventId, p.reference)) await others.settleReservation(p.reference, 'release', { signal });
      }),
      handle(Topic.PAYMENTS_REFUND, (p, { signal }) => others.refundOrder(p.orderId, p.reason, { signal })),
      ...notificationHandlers(notifications),
    ]);
    jobs.every(config.ORDER_EXPIRY_INTERVAL_MS, { name: 'unpaid order expiry', run: () => orders.expireUnpaid() });
    jobs.every(config.RETENTION_INTERVAL_MS, idempotencyKeyRetention(db, config));
    return { services: { orders, privacy: new OrderPrivacy(db, relay, logger), relay, db } };
  },
  context: (base, { orders, privacy, db }) => ({ ...base, orders, privacy, loaders: createLoaders(db, orders) }),
};

/** Starts the orders subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(ordersSubgraph, environment, options);
}
