import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A cached response: its serialized body, when it was computed, and the generation of every subgraph it read. */
export interface CachedResponse {
  body: string;
  storedAt: number;
  generations: Record<string, number>;
}

/**
 * Where whole responses are kept, with one generation counter per subgraph. A mutation through a subgraph moves
 * that subgraph's counter on; an entry whose recorded generation of any subgraph it read from is no longer current is
 * stale and never served. Counters, unlike entries, are never evicted (one small number per subgraph).
 */
export interface ResponseStore {
  /** The entry under `key` (or null) and the current generations, read together. */
  read(key: string): Promise<{ entry: CachedResponse | null; generations: Record<string, number> }>;
  write(key: string, entry: CachedResponse, ttlSeconds: number): Promise<void>;
  /** Makes every entry read from any of `subgraphs` so far stale. */
  invalidate(subgraphs: string[]): Promise<void>;
  close(): Promise<void>;
}

/** One router's responses in memory: an LRU bounded by the bytes of the bodies, each entry living its max-age. */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly generations: Record<string, number> = {};

  constructor(maxBytes: number) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.body.length * 2) });
  }

  async read(key: string) {
    return { entry: this.entries.get(key) ?? null, generations: this.generations };
  }

  async write(key: string, entry: CachedResponse, ttlSeconds: number) {
    if (entry.body.length * 2 > this.entries.maxSize) return;
    this.entries.set(key, entry, { ttl: ttlSeconds * 1000 });
  }

  async invalidate(subgraphs: string[]) {
    for (const subgraph of subgraphs) this.generations[subgraph] = (this.generations[subgraph] ?? 0) + 1;
  }

  async close() {
    this.entries.clear();
  }
}

/**
 * Responses shared by every router replica through Redis: entries are plain keys that expire with their max-age
 * (Redis's own eviction policy bounds memory), generations one hash, so that a mutation through any replica makes
 * entries stale for all of them. A read is one round trip (GET and HGETALL pipelined).
 */
export class RedisResponseStore implements ResponseStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get generationsKey() {
    return `${this.prefix}response-cache:generations`;
  }

  async read(key: string) {
    const results = await this.redis.multi().get(`${this.prefix}response-cache:${key}`).hgetall(this.generationsKey).exec();
    if (!results) throw new Error('response cache read aborted');
    const [[entryError, raw], [generationsError, counters]] = results as [[Error | null, string | null], [Error | null, Record<string, string>]];
    if (entryError || generationsError) throw entryError ?? generationsError;
    const generations: Record<string, number> = {};
    for (const [subgraph, value] of Object.entries(counters ?? {})) generations[subgraph] = Number(value);
    return { entry: raw ? (JSON.parse(raw) as CachedResponse) : null, generations };
  }

  async write(key: string, entry: CachedResponse, ttlSeconds: number) {
    await this.redis.set(`${this.prefix}response-cache:${key}`, JSON.stringify(entry), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async invalidate(subgraphs: string[]) {
    const transaction = this.redis.multi();
    for (const subgraph of subgraphs) transaction.hincrby(this.generationsKey, subgraph, 1);
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('response cache invalidation aborted');
  }

  async close() {}
}
