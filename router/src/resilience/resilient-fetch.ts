import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import type CircuitBreaker from 'opossum';
import type { Logger } from '@zero/service';
import type { RouterMetrics } from '../router-metrics';
import { jitteredBackoff } from './backoff';
import { isOpenBreakerError, subgraphBreaker, type BreakerOptions } from './circuit-breaker';
import { SubgraphTimeout, SubgraphUnavailable, TransientSubgraphFailure } from './subgraph-errors';

export interface ResilienceOptions {
  /** SUBGRAPH_TIMEOUT_MS: the longest one attempt may wait for a subgraph. */
  timeoutMs: number;
  /** Further attempts of a query after a transient failure. */
  retries: number;
  retryBackoffMs: number;
  breaker: BreakerOptions;
}

/** Statuses from a proxy or load balancer in front of a subgraph, not from the subgraph's GraphQL server. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
/** undici's own limits (the pool's backstop, a second beyond SUBGRAPH_TIMEOUT_MS) are timeouts too. */
const UNDICI_TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Every HTTP call from the router to one subgraph: through that subgraph's circuit breaker, each attempt bounded by
 * SUBGRAPH_TIMEOUT_MS and by what is left of the client request's deadline, queries retried with jittered backoff
 * after a transient failure. A timeout is not retried: the time is spent, and a subgraph too slow to answer is not
 * helped by being asked again. Mutations are never retried, even when the connection was refused — the router
 * cannot know that nothing ran.
 */
export class ResilientFetch {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;

  constructor(
    readonly subgraph: string,
    private readonly fetcher: Fetcher,
    private readonly options: ResilienceOptions,
    private readonly metrics: RouterMetrics,
    logger: Logger,
  ) {
    this.breaker = subgraphBreaker(subgraph, options.breaker, metrics, logger);
  }

  /** The breaker's state, for tests and logs. */
  get state(): 'closed' | 'half-open' | 'open' {
    return this.breaker.opened ? 'open' : this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /**
   * Sends one request to the subgraph and resolves with its answer (any status but 502/503/504), or rejects with
   * `SubgraphUnavailable` saying why there is none.
   */
  async fetch(url: string, init: FetcherRequestInit, call: { retryable: boolean; deadline: number }): Promise<FetcherResponse> {
    const { subgraph } = this;
    for (let attempt = 0; ; attempt++) {
      const remaining = call.deadline - Date.now();
      if (remaining <= 0) throw new SubgraphUnavailable(subgraph, 'deadline');
      const limit: SubgraphTimeout['limit'] = this.options.timeoutMs <= remaining ? 'subgraph' : 'deadline';
      try {
        return (await this.breaker.fire(() => this.attempt(url, init, limit, Math.min(this.options.timeoutMs, remaining)))) as FetcherResponse;
      } catch (error) {
        if (isOpenBreakerError(error)) throw new SubgraphUnavailable(subgraph, 'open', { cause: error });
        if (error instanceof SubgraphTimeout) {
          this.metrics.subgraphTimeouts.inc({ subgraph, limit: error.limit });
          throw new SubgraphUnavailable(subgraph, error.limit === 'subgraph' ? 'timeout' : 'deadline', { cause: error });
        }
        if (!(error instanceof TransientSubgraphFailure) || !call.retryable || attempt >= this.options.retries) {
          throw new SubgraphUnavailable(subgraph, 'failed', { cause: error });
        }
        const wait = jitteredBackoff(attempt, this.options.retryBackoffMs);
        if (Date.now() + wait >= call.deadline) throw new SubgraphUnavailable(subgraph, 'deadline', { cause: error });
        this.metrics.subgraphRetries.inc({ subgraph });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** One HTTP attempt: an answer, or a `SubgraphTimeout` / `TransientSubgraphFailure` for the breaker to count. */
  private async attempt(url: string, init: FetcherRequestInit, limit: SubgraphTimeout['limit'], ms: number): Promise<FetcherResponse> {
    const { subgraph } = this;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      const response = await this.fetcher(url, { ...init, signal: controller.signal });
      if (TRANSIENT_STATUSES.has(response.status)) throw new TransientSubgraphFailure(subgraph, `HTTP ${response.status}`);
      this.metrics.subgraphRequests.inc({ subgraph, outcome: 'ok' });
      return response;
    } catch (error) {
      if (controller.signal.aborted || UNDICI_TIMEOUTS.has((error as { code?: string }).code ?? '')) {
        this.metrics.subgraphRequests.inc({ subgraph, outcome: 'timeout' });
        throw new SubgraphTimeout(subgraph, limit, ms);
      }
      this.metrics.subgraphRequests.inc({ subgraph, outcome: 'failed' });
      if (error instanceof TransientSubgraphFailure) throw error;
      throw new TransientSubgraphFailure(subgraph, (error as { code?: string }).code ?? 'connection failed', { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.breaker.shutdown();
  }
}
