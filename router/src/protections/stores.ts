import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import type { Logger } from '@zero/service';
import { MemoryBudgetStore, RedisBudgetStore, type BucketLimits, type BucketState, type BudgetStore } from './budgets';

/** The router's shared state: one Redis connection when `REDIS_URL` is set, else nothing (everything in memory). */
export function connectRedis(url: string | undefined, logger: Logger): Redis | null {
  if (!url) return null;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000, lazyConnect: false });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis error'));
  return redis;
}

/** Automatic persisted queries in Redis, so every router replica knows a query registered with any of them. */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', Math.ceil(options.ttl));
    else await this.redis.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}

/**
 * Budgets in Redis that keep working when Redis does not: a failed call is answered from a bucket in this process
 * (as rate-limiter-flexible's insurance limiter does), so an outage of the shared store loosens budgets to
 * per-replica ones instead of refusing every request.
 */
export class ResilientBudgetStore implements BudgetStore {
  private readonly fallback = new MemoryBudgetStore();
  private lastWarning = 0;

  constructor(
    private readonly primary: RedisBudgetStore,
    private readonly logger: Logger,
  ) {}

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn({ err: error }, 'budget store unavailable; budgets are per router until it is back');
  }

  async withdraw(client: string, amount: number, limits: BucketLimits): Promise<BucketState> {
    try {
      return await this.primary.withdraw(client, amount, limits);
    } catch (error) {
      this.warn(error);
      return this.fallback.withdraw(client, amount, limits);
    }
  }

  async deposit(client: string, amount: number, limits: BucketLimits): Promise<number> {
    try {
      return await this.primary.deposit(client, amount, limits);
    } catch (error) {
      this.warn(error);
      return this.fallback.deposit(client, amount, limits);
    }
  }

  async close(): Promise<void> {
    await this.fallback.close();
  }
}
