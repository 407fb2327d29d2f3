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
import { OrdersClient, Topics } from './services/orders-client';
import { PaymentMethodService } from './services/payment-method-service';
import { PaymentService } from './services/payment-service';
import { TestPaymentProvider, type PaymentProvider } from './services/provider';
import { PaymentPrivacy } from './services/privacy';
import type { Context } from './context';

const env = {
  ...outboxEnv,
  ...retentionEnv,
  ...idempotencyEnv,
  /** How often payments and refunds left PENDING are settled with the provider. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
};

/** What the payments subgraph builds once per process and hands to every request. */
export interface PaymentsServices {
  methods: PaymentMethodService;
  payments: PaymentService;
  privacy: PaymentPrivacy;
  relay: OutboxRelay;
  db: Database<typeof tables>;
  provider: PaymentProvider;
}

export const paymentsSubgraph: SubgraphDefinition<typeof tables, typeof env, PaymentsServices, Context> = {
  name: 'payments',
  defaultPort: 8009,
  env,
  // The orders subgraph: the order's owner, status and total, and where paid orders are confirmed.
  peers: { orders: 'http://localhost:8008/graphql', notifications: 'http://localhost:8011/graphql' },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, metrics, jobs, peer }) {
    const orders = new OrdersClient(peer('orders'));
    // The only provider so far is the built-in test one; a real one implements the same PaymentProvider interface.
    const provider = new TestPaymentProvider();
    const relay = new OutboxRelay(db, logger, outboxSettings(config), metrics);
    const methods = new PaymentMethodService(db, provider);
    const payments = new PaymentService(db, provider, orders, methods, logger, async (ids) => {
      await relay.deliverNow(ids);
      // Receipts and refund notices were enqueued beside those events: the relay takes them from here.
      relay.wake();
    }, idempotencySettings(config));
    const notifications = peer('notifications');
    relay.start(jobs, [
      handle(Topics.ORDER_PAID, (p, { signal }) => orders.recordOrderPayment(p.orderId, p.paymentId, { signal })),
      handle(Topics.ORDER_REFUNDED, (p, { signal }) => orders.recordOrderRefund(p.orderId, p.fullyRefunded, { signal })),
      ...notificationHandlers(notifications),
    ]);
    // Payments and refunds left PENDING (provider unreachable, or a crash mid-way) are settled by asking the provider again.
    jobs.every(config.PAYMENT_RECONCILE_INTERVAL_MS, {
      name: 'payment reconciliation',
      run: () => Promise.all([payments.reconcilePending(), payments.reconcilePendingRefunds()]),
    });
    jobs.every(config.RETENTION_INTERVAL_MS, idempotencyKeyRetention(db, config));
    return { services: { methods, payments, privacy: new PaymentPrivacy(db, provider), relay, db, provider } };
  },
  context: (base, services) => ({ ...base, methods: services.methods, payments: services.payments, privacy: services.privacy, loaders: createLoaders(services.db) }),
};

/** Starts the payments subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(paymentsSubgraph, environment, options);
}
