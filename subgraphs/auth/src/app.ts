import { z } from 'zod';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import {
  bool,
  ConfigError,
  handle,
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
import { refreshTokenRetention } from './db/retention';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { ApiClientService } from './services/api-clients';
import { AuthService } from './services/auth-service';
import { SigningKeys } from './services/signing-keys';
import { retireDemoAccounts, seedDemoAccounts } from './services/demo-accounts';
import { Topic, UsersClient } from './services/users-client';
import type { Context } from './context';

const env = {
  /** bcrypt cost; 12 in production. Tests lower it to stay fast. */
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** ES256 private key (PKCS#8 PEM). Required in production; development generates one and keeps it in the database. */
  JWT_PRIVATE_KEY: z.string().optional(),
  LOGIN_RATE_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(120),
  /** Shares rate-limit budgets between replicas; in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /** Seed the demo admin and shopper (never in production). */
  SEED_DEMO: bool(false),
  DEMO_ADMIN_PASSWORD: z.string().optional(),
  DEMO_SHOPPER_PASSWORD: z.string().optional(),
  ...outboxEnv,
  ...retentionEnv,
  /** How long refresh tokens are kept after they expire before they are deleted. */
  REFRESH_TOKEN_RETENTION_DAYS: z.coerce.number().min(0).default(7),
};

export const authSubgraph: SubgraphDefinition<typeof tables, typeof env, { auth: AuthService; apiClients: ApiClientService; keys: SigningKeys; db: Database<typeof tables> }, Context> = {
  name: 'auth',
  defaultPort: 8001,
  env,
  peers: { users: 'http://localhost:8002/graphql' },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, jobs, peer }) {
    if (config.NODE_ENV === 'production' && !config.JWT_PRIVATE_KEY) {
      throw new ConfigError('auth', ['JWT_PRIVATE_KEY: required in production (an ES256 private key in PKCS#8 PEM)']);
    }
    const keys = config.JWT_PRIVATE_KEY ? await SigningKeys.fromPem(config.JWT_PRIVATE_KEY) : await SigningKeys.fromDatabase(db);
    let stop: (() => Promise<void>) | undefined;
    let limiterFactory: ((keyPrefix: string, points: number) => RateLimiterMemory | RateLimiterRedis) | undefined;
    if (config.REDIS_URL) {
      const { Redis } = await import('ioredis');
      const redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
      limiterFactory = (keyPrefix, points) =>
        new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }) });
      stop = async () => void redis.disconnect();
    }
    const relay = new OutboxRelay(db, logger, outboxSettings(config));
    const auth = new AuthService(
      db,
      keys,
      { bcryptCost: config.BCRYPT_COST, loginRatePerEmail: config.LOGIN_RATE_PER_EMAIL, loginRatePerIp: config.LOGIN_RATE_PER_IP, limiterFactory, relay },
      logger,
    );
    // Effects on other subgraphs, delivered at least once; every consumer is idempotent.
    const users = new UsersClient(peer('users'));
    relay.start(jobs, [handle(Topic.REGISTERED_NAME, (p, { signal }) => users.recordRegisteredName(p.userId, p.firstName, p.lastName, { signal }))]);
    if (config.NODE_ENV === 'production') await retireDemoAccounts(db, logger);
    else if (config.SEED_DEMO) await seedDemoAccounts(auth, db, config, logger);
    const apiClients = new ApiClientService(db, logger);
    jobs.every(config.RETENTION_INTERVAL_MS, refreshTokenRetention(db, config.REFRESH_TOKEN_RETENTION_DAYS));
    jobs.every(config.RETENTION_INTERVAL_MS, { name: 'login failure retention', run: () => auth.lockout.purgeExpired() });
    return { services: { auth, apiClients, keys, db }, stop };
  },
  context: (base, { auth, apiClients, db }) => ({ ...base, auth, apiClients, loaders: createLoaders(db) }),
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
