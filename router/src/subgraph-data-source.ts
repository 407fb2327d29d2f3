import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { INTERNAL_HEADER, type InternalCredentials, type Logger, type Viewer } from '@zero/service';
import { viewerKey } from './deduplication/identity';
import { loggable } from './errors';
import type { InFlight } from './deduplication/in-flight';
import type { ResilientFetch } from './resilience/resilient-fetch';
import { takePrefetched, type Prefetched } from './single-fetch';
import { SubgraphUnavailable } from './resilience/subgraph-errors';

/** What the router knows about the request on whose behalf it calls a subgraph. */
export interface SubgraphCallContext {
  viewer: Viewer | null;
  /** The viewer's access token (`Authorization: Bearer`), which the subgraph verifies and takes the viewer from. */
  accessToken?: string | null;
  ip: string | null;
  requestId: string;
  /** When the client request's time is up (epoch ms): no subgraph call starts after it, none runs past it. */
  deadline?: number;
  /** The subgraphs this request has called so far (the response cache tags its entries with them). */
  subgraphsCalled?: Set<string>;
  /** A subgraph answer already fetched for this request, used once instead of fetching it again (single-fetch.ts). */
  prefetched?: Prefetched;
  /**
   * The response cache's generations this request read when it missed (execution-pipeline.ts): part of the
   * deduplication key, so that it never shares a call started before a mutation it saw the effect of.
   */
  cacheGenerations?: string;
}

export interface SubgraphDataSourceOptions {
  http: ResilientFetch;
  /** Identical in-flight queries to this subgraph share one request (DEDUPLICATION); null sends each. */
  inFlight: InFlight<FetcherResponse> | null;
  /** Called once a mutation's call to this subgraph has ended, whatever its outcome (cached answers are stale). */
  afterMutation?: (subgraph: string) => Promise<void>;
  /** For calls outside a client request (none today): how long they may take. */
  timeoutMs: number;
}

function isMutation(document: DocumentNode | undefined, query: string): boolean {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation ? operation.operation === 'mutation' : /^\s*mutation\b/.test(query);
}

/**
 * How the router calls one subgraph. Every call carries a short-lived credential signed with the internal secret
 * (subgraphs refuse requests without one) that says the router sent it, reused for the same address for half its
 * validity, and, for a signed-in viewer, the viewer's access token, which the subgraph verifies against the auth
 * subgraph's public keys and takes the viewer from. The HTTP call
 * goes through the subgraph's `ResilientFetch` (breaker, timeouts, the request's deadline, retries of queries). A
 * query identical to one already in flight to this subgraph — same document, variables and viewer, the viewer being
 * all the request says that a query's answer can depend on — waits for that one's answer instead of sending its
 * own; a mutation is always sent on its own.
 *
 * Errors never carry the transport: a subgraph that answers with a non-2xx status gives its own GraphQL error (code
 * and message) — not "401: Unauthorized" with its URL — and an unreachable, failing or too slow one is
 * `SUBGRAPH_UNAVAILABLE`, naming the subgraph but no address. The gateway then answers what the rest of the plan
 * produced: fields that needed this subgraph are null (up to the nearest nullable one), and the error is reported
 * at each of them — `path` names the field (or, for an entity fetch, each entity) the failed call was to fill.
 *
 * Subgraphs' `Cache-Control` headers are not read: the router works out cacheability from the supergraph's
 * `@cacheControl` hints itself (router/src/response-cache/).
 */
export class SubgraphDataSource implements GraphQLDataSource<SubgraphCallContext> {
  constructor(
    readonly name: string,
    readonly url: string,
    private readonly credentials: InternalCredentials,
    private readonly logger: Logger,
    private readonly options: SubgraphDataSourceOptions,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<SubgraphCallContext>): ReturnType<GraphQLDataSource<SubgraphCallContext>['process']> {
    const { request } = options;
    const context = options.context as Partial<SubgraphCallContext>;
    const document = 'document' in options ? options.document : undefined;
    if (!request.query) throw new Error('Missing query');
    context.subgraphsCalled?.add(this.name);
    // An answer the router fetched already for this request (a pass-through that needs the gateway's handling).
    const prefetched = takePrefetched(this.name, request.query, context);
    if (prefetched) return prefetched;
    const mutation = isMutation(document, request.query);

    // The credential says the router is calling (and from which address); signed once per address and reused for
    // half its validity: not one HMAC per fetch, nor per request. Who the viewer is, the subgraph learns from the
    // viewer's own access token, which it verifies.
    const credential = await this.credentials.shared({ issuer: 'router', viewer: null, ip: context.ip ?? null });
    const headers: Record<string, string> = { 'content-type': 'application/json', [INTERNAL_HEADER]: credential };
    if (context.accessToken) headers.authorization = `Bearer ${context.accessToken}`;
    if (context.requestId) headers['x-request-id'] = context.requestId;
    const { http: _http, ...payload } = request;
    const body = JSON.stringify(payload);
    const deadline = context.deadline ?? Date.now() + this.options.timeoutMs;
    const send = () => this.options.http.fetch(this.url, { method: 'POST', headers, body }, { retryable: !mutation, deadline });

    let response: FetcherResponse;
    try {
      if (mutation || !this.options.inFlight) response = await send();
      else response = await withinDeadline(this.options.inFlight.run(`${viewerKey(context.viewer)}\n${context.cacheGenerations ?? ''}\n${body}`, send).promise, deadline, this.name);
    } catch (error) {
      return failed(this.unavailable(error), document ?? request.query, request.variables);
    } finally {
      // Awaited, so the mutation's response leaves only once no replica can answer from what it changed.
      if (mutation) await this.options.afterMutation?.(this.name);
    }
    if (!response.ok) return failed(await this.errorFromResponse(response), document ?? request.query, request.variables);
    const parsed: unknown = await response.json().catch(() => null);
    if (!parsed || typeof parsed !== 'object') {
      this.logger.error({ subgraph: this.name, status: response.status }, 'subgraph answered without a JSON body');
      throw new GraphQLError(`The ${this.name} service failed`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    return parsed as Awaited<ReturnType<GraphQLDataSource<SubgraphCallContext>['process']>>;
  }

  /** A non-2xx answer: the subgraph's own first GraphQL error, or a generic one naming the subgraph. */
  private async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null;
    const first = body && typeof body === 'object' ? body.errors?.[0] : undefined;
    if (first && typeof first.message === 'string') {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
      return new GraphQLError(first.message, { extensions: { code } });
    }
    this.logger.error({ subgraph: this.name, status: response.status }, 'subgraph answered without a GraphQL body');
    return new GraphQLError(`The ${this.name} service failed`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  private unavailable(error: unknown): GraphQLError {
    if (error instanceof GraphQLError) return error;
    const reason = error instanceof SubgraphUnavailable ? error.reason : 'failed';
    // Failing fast while the breaker is open is the breaker working: its opening was logged once.
    if (reason === 'open') this.logger.debug({ subgraph: this.name }, 'subgraph call refused by its open breaker');
    else this.logger.warn({ subgraph: this.name, reason, err: loggable(error instanceof SubgraphUnavailable ? error.cause : error) }, 'subgraph request failed');
    return new GraphQLError(`The ${this.name} service is unavailable; try again shortly`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
}

/** A shared answer, waited for no longer than this request's own deadline. */
async function withinDeadline<T>(promise: Promise<T>, deadline: number, subgraph: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SubgraphUnavailable(subgraph, 'deadline')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<SubgraphCallContext>['process']>>;

/**
 * The answer of a call that failed as a whole: no data, and the error once per place the call was to fill, in the
 * subgraph's own response shape — each root field the fetch selected (`[alias or name]`), or for an entity fetch each
 * entity (`['_entities', i]`) — which the gateway maps onto the client's request (`['cart', 'items', 0, 'product']`).
 * The gateway hands over its fetch's parsed document only when asked to keep it, so the query (small: one fetch of
 * the plan) is parsed here, on this failure path alone. One that cannot be read gets the error once, without a path.
 */
function failed(error: GraphQLError, query: DocumentNode | string, variables: Record<string, unknown> | undefined): SubgraphResponse {
  const base: GraphQLFormattedError = { message: error.message, ...(error.extensions ? { extensions: error.extensions } : {}) };
  let document: DocumentNode | null;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch {
    document = null;
  }
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const keys = operation ? rootKeys(operation.selectionSet, document!) : [];
  if (keys.length === 0) return { errors: [base] };
  const representations = variables?.representations;
  const errors = keys.flatMap((key): GraphQLFormattedError[] =>
    key === '_entities' && Array.isArray(representations)
      ? representations.map((_, index) => ({ ...base, path: ['_entities', index] }))
      : [{ ...base, path: [key] }],
  );
  return { errors };
}

/** The response keys of a selection set's fields, through fragments (the gateway's fetches are plain fields). */
function rootKeys(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [(selection.alias ?? selection.name).value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootKeys(selection.selectionSet, document);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootKeys(fragment.selectionSet, document) : [];
  });
}
