/** Why a subgraph call did not produce an answer; the data source turns every one into `SUBGRAPH_UNAVAILABLE`. */
export type UnavailableReason = 'open' | 'timeout' | 'deadline' | 'failed';

/** A subgraph could not be used for this call. Never carries the subgraph's address to the client. */
export class SubgraphUnavailable extends Error {
  constructor(
    readonly subgraph: string,
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(`${subgraph}: ${reason}`, options);
    this.name = 'SubgraphUnavailable';
  }
}

/**
 * One attempt failed in a way that says nothing about the request and may well pass a moment later: no connection,
 * a reset socket, or a 502/503/504 from something in front of the subgraph. Counts against the breaker; a query may
 * be retried.
 */
export class TransientSubgraphFailure extends Error {
  constructor(
    readonly subgraph: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${subgraph}: ${detail}`, options);
    this.name = 'TransientSubgraphFailure';
  }
}

/** One attempt ran out of time (SUBGRAPH_TIMEOUT_MS, or what was left of the request's deadline). Never retried. */
export class SubgraphTimeout extends Error {
  constructor(
    readonly subgraph: string,
    readonly limit: 'subgraph' | 'deadline',
    readonly ms: number,
  ) {
    super(`${subgraph}: no answer within ${ms} ms (${limit === 'subgraph' ? 'SUBGRAPH_TIMEOUT_MS' : 'request deadline'})`);
    this.name = 'SubgraphTimeout';
  }
}
