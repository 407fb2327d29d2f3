import { createHash } from 'node:crypto';
import type { Logger } from '@zero/service';
import type { RouterMetrics } from '../router-metrics';
import type { ResponseStore } from './stores';

/** A look-up's outcome: the cached body, or the generations to record with the response about to be computed. */
export type Lookup = { hit: string; ageSeconds: number; generations?: undefined } | { hit: null; generations: Record<string, number> | null };

/**
 * Whole responses of cacheable anonymous queries, invalidated by mutations: every entry records the generation of
 * each subgraph it was read from, as they were *before* it was computed, so a mutation that lands while a query
 * runs still makes that query's entry stale. The store failing (Redis down) makes every look-up a miss; nothing is
 * refused because of it.
 */
export class ResponseCache {
  private lastWarning = 0;

  constructor(
    private readonly store: ResponseStore,
    private readonly metrics: RouterMetrics,
    private readonly logger: Logger,
  ) {}

  /** The entry's key: everything the response depends on for an anonymous caller. */
  static key(parts: { schema: string; queryHash: string; operationName: string | null | undefined; variables: unknown }): string {
    return createHash('sha256')
      .update(`${parts.schema}\n${parts.queryHash}\n${parts.operationName ?? ''}\n${JSON.stringify(parts.variables ?? {})}`)
      .digest('base64url');
  }

  async lookup(key: string): Promise<Lookup> {
    let read;
    try {
      read = await this.store.read(key);
    } catch (error) {
      this.warn(error);
      this.metrics.responseCache.inc({ result: 'miss' });
      return { hit: null, generations: null };
    }
    const { entry, generations } = read;
    if (entry && Object.entries(entry.generations).every(([subgraph, generation]) => (generations[subgraph] ?? 0) === generation)) {
      this.metrics.responseCache.inc({ result: 'hit' });
      return { hit: entry.body, ageSeconds: Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000)) };
    }
    this.metrics.responseCache.inc({ result: entry ? 'stale' : 'miss' });
    return { hit: null, generations: { ...generations } };
  }

  /** Keeps a response computed after a miss, tagged with the generations that miss saw. */
  async save(key: string, body: string, subgraphs: Iterable<string>, seen: Record<string, number>, maxAgeSeconds: number): Promise<void> {
    const generations: Record<string, number> = {};
    for (const subgraph of subgraphs) generations[subgraph] = seen[subgraph] ?? 0;
    try {
      await this.store.write(key, { body, storedAt: Date.now(), generations }, maxAgeSeconds);
    } catch (error) {
      this.warn(error);
    }
  }

  /** A mutation changed these subgraphs: what was read from them before is stale, on every replica sharing the store. */
  async invalidate(subgraphs: string[]): Promise<void> {
    for (const subgraph of subgraphs) this.metrics.responseCacheInvalidations.inc({ subgraph });
    try {
      await this.store.invalidate(subgraphs);
    } catch (error) {
      // Entries stay until their max-age; with the store unreachable, no replica can read them meanwhile either.
      this.warn(error);
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn({ err: error }, 'response cache store unavailable; answering without it');
  }
}
