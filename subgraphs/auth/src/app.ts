import { z } from 'zod';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import {
  bool,
  ConfigError,
  handle,
  notificationHandlers,
  OutboxRelay,
  outboxEnv,
  outboxSettings,
  retentionEnv,
  startSubgraph,
  type Database,
  type Env,
  type StartOptions,
  type SubgraphDefinition,
  subgraphSources,
} from '@zero/service';
import { passwordResetTokenRetention, refreshTokenRetention } from './db/retention';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { ApiClientService } from './services/api-clients';
import { AccountSecurity } from './services/account-security';
import { AuthService, type LimiterFactory } from './services/auth-service';
import { SigningKeys } from './services/signing-keys';
import { retireDemoAccounts, seedDemoAccounts } from './services/demo-accounts';
import { Topic, UsersClient } from './services/users-client';
import { AccountPrivacy } from './services/privacy';
import type { Context } from './context';

const env = {
  /** bcrypt cost; 12 in production. Tests lower it to stay fast. */
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** ES256 private key (PKCS#8 PEM). Required in production; development generates one and keeps it in the database. */
  JWT_PRIVATE_KEY: z.string().optional(),
  /**
   * Public keys (SPKI PEM blocks, one after another) published in the JWKS and accepted beside JWT_PRIVATE_KEY's, never
   * used to sign: how the signing key is rotated without signing anyone out (README, "Rotating the signing key").
   */
  JWT_VERIFICATION_KEYS: z.string().optional(),
  LOGIN_RATE_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(120),
  /** Password reset emails one address may cause per hour; further requests are answered alike and send nothing. */
  PASSWORD_RESET_RATE_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  /** The storefront's base URL: password reset links point at its `/reset-password?token=…` page. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  /** Shares rate-limit budgets between replicas; in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /** Seed the demo admin and shopper (never in production). */
  SEED_DEMO: bool(false),
  DEMO_ADMIN_PASSWORD: z.string().optional(),
  DEMO_SHOPPER_PASSWORD: z.string().optional(),
  ...outboxEnv,
  ...retentionEnv,
  /**
   * How long after an account's deletion its data starts being erased in the other subgraphs: longer than the routers'
   * TOKEN_REVOCATION_REFRESH_MS (1 s) plus the longest a request already under way may still write (the router's
   * REQUEST_DEADLINE_MS, 20 s, and what a subgraph finishes after it), so nothing written with the account's access
   * tokens outlives the erasure.
   */
  ERASURE_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** How long refresh tokens are kept after they expire before they are deleted. */
  REFRESH_TOKEN_RETENTION_DAYS: z.coerce.number().min(0).default(7),
};

/** What the auth subgraph builds once per process and hands to every request. */
export interface AuthServices {
  auth: AuthService;
  security: AccountSecurity;
  apiClients: ApiClientService;
  privacy: AccountPrivacy;
  keys: SigningKeys;
  db: Database<typeof tables>;
}

export const authSubgraph: SubgraphDefinition<typeof tables, typeof env, AuthServices, Context> = {
  name: 'auth',
  defaultPort: 8001,
  env,
  peers: {
    users: 'http://localhost:8002/graphql',
    notifications: 'http://localhost:8011/graphql',
    // The other subgraphs holding personal data: each gives its part of a data export and erases its part of an account.
    cart: 'http://localhost:8007/graphql',
    orders: 'http://localhost:8008/graphql',
    payments: 'http://localhost:8009/graphql',
  },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, metrics, jobs, peer }) {
    if (config.NODE_ENV === 'production' && !config.JWT_PRIVATE_KEY) {
      throw new ConfigError('auth', ['JWT_PRIVATE_KEY: required in production (an ES256 private key in PKCS#8 PEM)']);
    }
    if (config.NODE_ENV === 'production' && config.BCRYPT_COST < 12) {
      throw new ConfigError('auth', ['BCRYPT_COST: at least 12 in production (lower costs are for tests)']);
    }
    if (config.JWT_VERIFICATION_KEYS && !config.JWT_PRIVATE_KEY) {
      throw new ConfigError('auth', ['JWT_VERIFICATION_KEYS: only with JWT_PRIVATE_KEY (development keeps its keys in the database)']);
    }
    const keys = config.JWT_PRIVATE_KEY ? await SigningKeys.fromPem(config.JWT_PRIVATE_KEY, config.JWT_VERIFICATION_KEYS) : await SigningKeys.fromDatabase(db);
    let stop: (() => Promise<void>) | undefined;
    let limiterFactory: LimiterFactory | undefined;
    if (config.REDIS_URL) {
      const { Redis } = await import('ioredis');
      const redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
      limiterFactory = (keyPrefix, points, duration = 60) =>
        new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }) });
      stop = async () => void redis.disconnect();
    }
    const relay = new OutboxRelay(db, logger, outboxSettings(config), metrics);
    const auth = new AuthService(
      db,
      keys,
      { bcryptCost: config.BCRYPT_COST, loginRatePerEmail: config.LOGIN_RATE_PER_EMAIL, loginRatePerIp: config.LOGIN_RATE_PER_IP, limiterFactory, relay },
      logger,
    );
    const security = new AccountSecurity(
      db,
      auth,
      auth.lockout,
      { bcryptCost: config.BCRYPT_COST, storefrontUrl: config.STOREFRONT_URL, resetRatePerEmail: config.PASSWORD_RESET_RATE_PER_EMAIL, limiterFactory, relay },
      logger,
    );
    // Effects on other subgraphs, delivered at least once; every consumer is idempotent.
    const users = new UsersClient(peer('users'));
    const notifications = peer('notifications');
    const privacy = new AccountPrivacy(
      db,
      { users: peer('users'), cart: peer('cart'), orders: peer('orders'), payments: peer('payments'), notifications },
      relay,
      logger,
      { erasureDelayMs: config.ERASURE_DELAY_MS },
    );
    relay.start(jobs, [
      ...privacy.handlers(),
      handle(Topic.REGISTERED_NAME, (p, { signal }) => users.recordRegisteredName(p.userId, p.firstName, p.lastName, { signal })),
      ...notificationHandlers(notifications),
    ]);
    if (config.NODE_ENV === 'production') await retireDemoAccounts(db, logger);
    else if (config.SEED_DEMO) await seedDemoAccounts(auth, db, config, logger);
    const apiClients = new ApiClientService(db, logger);
    jobs.every(config.RETENTION_INTERVAL_MS, refreshTokenRetention(db, config.REFRESH_TOKEN_RETENTION_DAYS));
    jobs.every(config.RETENTION_INTERVAL_MS, passwordResetTokenRetention(db));
    jobs.every(config.RETENTION_INTERVAL_MS, { name: 'login failure retention', run: () => auth.lockout.purgeExpired() });
    const stopRedis = stop;
    return {
      services: { auth, security, apiClients, privacy, keys, db },
      stop: async () => {
        await security.idle();
        await stopRedis?.();
      },
    };
  },
  context: (base, { auth, security, apiClients, privacy, db }) => ({ ...base, auth, security, apiClients, privacy, loaders: createLoaders(db) }),
  // Auth signs the access tokens: it verifies those the router forwards with its own public keys.
  accessTokenKeys: ({ keys }) => keys.jwks(),
  routes(app, { keys }) {
    app.get('/.well-known/jwks.json', (_req, res) => {
      res.set('Cache-Control', 'public, max-age=300').json(keys.jwks());
    });
  },
};

/** Starts the auth subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(authSubgraph, environment, options);
}
