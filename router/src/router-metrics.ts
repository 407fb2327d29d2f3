import { Counter, Gauge, type Registry } from 'prom-client';

/** Breaker states as the `router_subgraph_breaker_state` gauge reports them. */
export const BREAKER_STATE_VALUES = { closed: 0, 'half-open': 1, open: 2 } as const;
export type BreakerState = keyof typeof BREAKER_STATE_VALUES;

/**
 * The router's own figures beside the service kit's (`http_requests_total`, `graphql_operations_total`, …): what the
 * resilience, deduplication and response cache layers did. All in the router's registry, served on `/metrics`.
 */
export function createRouterMetrics(registry: Registry) {
  const registers = [registry];
  return {
    refusals: new Counter({ name: 'router_refusals_total', help: 'Requests the router refused before planning, by code', labelNames: ['code'], registers }),
    subgraphRequests: new Counter({
      name: 'router_subgraph_requests_total',
      help: 'Subgraph HTTP attempts, by outcome: ok, failed (connection or 502/503/504), timeout',
      labelNames: ['subgraph', 'outcome'],
      registers,
    }),
    subgraphRetries: new Counter({ name: 'router_subgraph_retries_total', help: 'Subgraph queries attempted again after a transient failure', labelNames: ['subgraph'], registers }),
    subgraphTimeouts: new Counter({ name: 'router_subgraph_timeouts_total', help: 'Subgraph calls abandoned at SUBGRAPH_TIMEOUT_MS or the request deadline', labelNames: ['subgraph', 'limit'], registers }),
    breakerState: new Gauge({ name: 'router_subgraph_breaker_state', help: 'Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open', labelNames: ['subgraph'], registers, aggregator: 'max' }), // ROUTER_WORKERS: the most open worker's
    breakerRejections: new Counter({ name: 'router_subgraph_breaker_rejections_total', help: 'Subgraph calls failed fast because the breaker was open', labelNames: ['subgraph'], registers }),
    deduplicated: new Counter({
      name: 'router_deduplicated_total',
      help: 'Requests that shared an identical in-flight one instead of running: whole operations, or subgraph fetches',
      labelNames: ['level'],
      registers,
    }),
    passThrough: new Counter({
      name: 'router_pass_through_total',
      help: "Single-fetch queries by outcome: passed (the subgraph's data was the answer) or handed to the gateway (errors, no data, data the API does not allow)",
      labelNames: ['outcome'],
      registers,
    }),
    responseCache: new Counter({ name: 'router_response_cache_total', help: 'Response cache look-ups of cacheable operations, by result: hit, miss, stale', labelNames: ['result'], registers }),
    responseCacheInvalidations: new Counter({
      name: 'router_response_cache_invalidations_total',
      help: 'Mutations that made cached responses from a subgraph stale',
      labelNames: ['subgraph'],
      registers,
    }),
  };
}

export type RouterMetrics = ReturnType<typeof createRouterMetrics>;
