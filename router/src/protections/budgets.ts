import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A bucket's shape: it holds at most `maximum` and refills `restoreRate` per second. */
export interface BucketLimits {
  maximum: number;
  restoreRate: number;
}

/** What a bucket says after a withdrawal (or a refused one): Shopify's `throttleStatus`. */
export interface BucketState {
  allowed: boolean;
  /** Left after this withdrawal (or before it, when it was refused). */
  available: number;
  /** Seconds until the bucket holds enough for the refused withdrawal; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Cost budgets: one leaky bucket per client (an address, a user or a partner key), as Shopify's Admin API meters
 * its GraphQL cost. A request withdraws its estimated cost up front and is refused when the bucket cannot pay;
 * once it has run, the difference between the estimate and the actual cost goes back.
 */
export interface BudgetStore {
  withdraw(client: string, amount: number, limits: BucketLimits): Promise<BucketState>;
  /** Gives back `amount` (never above the maximum). */
  deposit(client: string, amount: number, limits: BucketLimits): Promise<number>;
  close(): Promise<void>;
}

function refilled(tokens: number, updatedMs: number, nowMs: number, limits: BucketLimits): number {
  return Math.min(limits.maximum, tokens + ((nowMs - updatedMs) / 1000) * limits.restoreRate);
}

/**
 * Buckets in this process. An idle bucket is full again after `maximum / restoreRate` seconds, so entries expire
 * then: a forgotten bucket and a full one are the same thing, and memory stays bounded by active clients.
 */
export class MemoryBudgetStore implements BudgetStore {
  private readonly buckets = new LRUCache<string, { tokens: number; updatedMs: number }>({ max: 200_000, ttlAutopurge: false });

  constructor(private readonly now: () => number = Date.now) {}

  async withdraw(client: string, amount: number, limits: BucketLimits): Promise<BucketState> {
    const nowMs = this.now();
    const bucket = this.buckets.get(client);
    const tokens = bucket ? refilled(bucket.tokens, bucket.updatedMs, nowMs, limits) : limits.maximum;
    const ttl = Math.ceil((limits.maximum / limits.restoreRate) * 1000);
    if (tokens < amount) {
      this.buckets.set(client, { tokens, updatedMs: nowMs }, { ttl });
      return { allowed: false, available: Math.floor(tokens), retryAfterSeconds: Math.max(1, Math.ceil((amount - tokens) / limits.restoreRate)) };
    }
    this.buckets.set(client, { tokens: tokens - amount, updatedMs: nowMs }, { ttl });
    return { allowed: true, available: Math.floor(tokens - amount), retryAfterSeconds: 0 };
  }

  async deposit(client: string, amount: number, limits: BucketLimits): Promise<number> {
    const nowMs = this.now();
    const bucket = this.buckets.get(client);
    if (!bucket) return limits.maximum;
    const tokens = Math.min(limits.maximum, refilled(bucket.tokens, bucket.updatedMs, nowMs, limits) + amount);
    this.buckets.set(client, { tokens, updatedMs: nowMs }, { ttl: Math.ceil((limits.maximum / limits.restoreRate) * 1000) });
    return Math.floor(tokens);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

/**
 * The same bucket in Redis, refilled and withdrawn from in one Lua script (atomic however many router replicas
 * share it), on Redis's own clock so replicas with skewed clocks agree.
 * KEYS[1] bucket; ARGV: amount (negative deposits), maximum, restoreRate. Returns {allowed, tokens*1000}.
 */
const BUCKET_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local amount = tonumber(ARGV[1])
local maximum = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1])
local updated = tonumber(state[2])
if tokens == nil then
  tokens = maximum
else
  tokens = math.min(maximum, tokens + (now - updated) / 1000 * rate)
end
local allowed = 1
if amount > 0 and tokens < amount then
  allowed = 0
else
  tokens = math.min(maximum, tokens - amount)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(maximum / rate * 1000))
return {allowed, math.floor(tokens * 1000)}
`;

export class RedisBudgetStore implements BudgetStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    redis.defineCommand('zeroBucket', { numberOfKeys: 1, lua: BUCKET_SCRIPT });
  }

  private async run(client: string, amount: number, limits: BucketLimits): Promise<{ allowed: boolean; tokens: number }> {
    const bucket = (this.redis as unknown as { zeroBucket(key: string, ...args: number[]): Promise<[number, number]> }).zeroBucket;
    const [allowed, milli] = await bucket.call(this.redis, `${this.prefix}budget:${client}`, amount, limits.maximum, limits.restoreRate);
    return { allowed: allowed === 1, tokens: milli / 1000 };
  }

  async withdraw(client: string, amount: number, limits: BucketLimits): Promise<BucketState> {
    const { allowed, tokens } = await this.run(client, amount, limits);
    return allowed
      ? { allowed, available: Math.floor(tokens), retryAfterSeconds: 0 }
      : { allowed, available: Math.floor(tokens), retryAfterSeconds: Math.max(1, Math.ceil((amount - tokens) / limits.restoreRate)) };
  }

  async deposit(client: string, amount: number, limits: BucketLimits): Promise<number> {
    if (amount <= 0) return (await this.run(client, 0, limits)).tokens;
    return Math.floor((await this.run(client, -amount, limits)).tokens);
  }

  async close(): Promise<void> {
    /* the shared Redis connection is closed by its owner */
  }
}
