import { z } from 'zod';
import { OutboxRelay, ServiceClient, startSubgraph, type Database, type Env, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { OrdersClient, Topics } from './services/orders-client';
import { PaymentMethodService } from './services/payment-method-service';
import { PaymentService } from './services/payment-service';
import { TestPaymentProvider, type PaymentProvider } from './services/provider';
import type { Context } from './context';

const env = {
  /** How often payments left PENDING are settled with the provider. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  /** The orders subgraph, for the order's owner, status and total, and to confirm paid orders (the router reads it too). */
  ORDERS_SUBGRAPH_URL: z.string().url().default('http://localhost:8008/graphql'),
  /** How often the outbox is polled for events to deliver to the orders subgraph. */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
  /** First retry delay of a failed delivery; it doubles per attempt up to OUTBOX_BACKOFF_MAX_MS. */
  OUTBOX_BACKOFF_MS: z.coerce.number().int().min(10).default(500),
  OUTBOX_BACKOFF_MAX_MS: z.coerce.number().int().min(10).default(60_000),
};

/** What the payments subgraph builds once per process and hands to every request. */
export interface PaymentsServices {
  methods: PaymentMethodService;
  payments: PaymentService;
  relay: OutboxRelay;
  db: Database<typeof tables>;
  provider: PaymentProvider;
}

export const paymentsSubgraph: SubgraphDefinition<typeof tables, typeof env, PaymentsServices, Context> = {
  name: 'payments',
  defaultPort: 8009,
  env,
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, credentials, logger }) {
    const orders = new OrdersClient(new ServiceClient('payments', config.ORDERS_SUBGRAPH_URL, credentials));
    // The only provider so far is the built-in test one; a real one implements the same PaymentProvider interface.
    const provider = new TestPaymentProvider();
    const relay = new OutboxRelay(
      db,
      {
        [Topics.ORDER_PAID]: ({ orderId, paymentId }: { orderId: string; paymentId: string }) => orders.recordOrderPayment(orderId, paymentId),
        [Topics.ORDER_REFUNDED]: ({ orderId, fullyRefunded }: { orderId: string; fullyRefunded: boolean }) => orders.recordOrderRefund(orderId, fullyRefunded),
      },
      logger,
      { intervalMs: config.OUTBOX_INTERVAL_MS, backoffBaseMs: config.OUTBOX_BACKOFF_MS, backoffMaxMs: config.OUTBOX_BACKOFF_MAX_MS },
    );
    const methods = new PaymentMethodService(db, provider);
    const payments = new PaymentService(db, provider, orders, methods, logger, async (ids) => {
      if (ids) await relay.deliverNow(ids);
      else await relay.deliverPending();
    });
    relay.start();
    // Payments and refunds left PENDING (provider unreachable, or a crash mid-way) are settled by asking the provider again.
    const reconcile = setInterval(() => {
      Promise.all([payments.reconcilePending(), payments.reconcilePendingRefunds()]).catch((error) =>
        logger.error({ err: error }, 'reconciling pending payments and refunds failed'),
      );
    }, config.PAYMENT_RECONCILE_INTERVAL_MS);
    reconcile.unref();
    return {
      services: { methods, payments, relay, db, provider },
      stop: async () => {
        clearInterval(reconcile);
        await relay.stop();
      },
    };
  },
  context: (base, services) => ({ ...base, methods: services.methods, payments: services.payments, loaders: createLoaders(services.db) }),
};

/** Starts the payments subgraph with the given environment. */
export function start(environment: Env) {
  return startSubgraph(paymentsSubgraph, environment);
}
