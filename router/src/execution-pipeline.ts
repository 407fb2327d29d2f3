import type { ApolloGateway } from '@apollo/gateway';
import { callerKey } from './deduplication/identity';
import type { InFlight } from './deduplication/in-flight';
import type { RouterContext } from './protections/plugin';
import { ResponseCache } from './response-cache/response-cache';
import type { SinglePassThrough } from './single-fetch';
import type { Policies } from './supergraph-source';

type Loaded = Awaited<ReturnType<ApolloGateway['load']>>;
type Executor = Loaded['executor'];
export type ExecutionResult = Awaited<ReturnType<Executor>>;

export interface ExecutionOptions {
  policies: () => Policies;
  /** RESPONSE_CACHE; null when off. */
  cache: ResponseCache | null;
  /** DEDUPLICATION; null when off. */
  inFlight: InFlight<ExecutionResult> | null;
  /** PASS_THROUGH: single-fetch queries answered with their fetch's data; null runs every plan in the gateway. */
  passThrough?: SinglePassThrough | null;
}

/**
 * What Apollo Server runs once an operation has passed every protection (identity, lists, limits, authorization,
 * cost, budgets): the gateway's executor behind two layers.
 *
 * 1. The response cache, for queries from anonymous callers (no user, no partner) whose policy from the schema's
 *    `@cacheControl` hints is PUBLIC with a max-age: a fresh entry is the answer, and nothing is planned or fetched.
 *    A response with any error is never kept.
 * 2. Deduplication: a query identical to one already executing for the same identity (same document, operation,
 *    variables and schema; same viewer and partner, or both anonymous) waits for that execution's result instead
 *    of running its own. Mutations always run on their own.
 * 3. Pass-through (single-fetch.ts): a query whose plan is one fetch returning exactly what was asked gets that
 *    fetch's data without the gateway's execution around it.
 *
 * Everything after (the cost actually used, budgets, metrics, formatting) still happens per request.
 * This wraps the gateway where Apollo Server expects one (`GatewayInterface`): load, schema updates and stop pass
 * through; only the executor is wrapped.
 */
export class ExecutionPipeline {
  constructor(
    private readonly gateway: ApolloGateway,
    private readonly options: ExecutionOptions,
  ) {}

  onSchemaLoadOrUpdate: ApolloGateway['onSchemaLoadOrUpdate'] = (callback) => this.gateway.onSchemaLoadOrUpdate(callback);

  stop(): Promise<void> {
    return this.gateway.stop();
  }

  async load(options: Parameters<ApolloGateway['load']>[0]): Promise<Loaded> {
    const loaded = await this.gateway.load(options);
    const passThrough = this.options.passThrough;
    const executor: Executor = passThrough ? (request) => passThrough.execute(request, loaded.executor) : loaded.executor;
    return { ...loaded, executor: (request) => this.execute(request, executor) };
  }

  private async execute(request: Parameters<Executor>[0], executor: Executor): Promise<ExecutionResult> {
    const context = request.context as RouterContext;
    const policies = this.options.policies();
    const query = request.operation.operation === 'query';
    const policy = policies.cacheControl.policy(request.schema, request.document, request.operationName);
    context.cachePolicy = policy;
    const variables = request.request.variables ?? {};
    const { cache, inFlight } = this.options;

    const cacheable = cache !== null && query && !context.viewer && !context.client.partner && policy.scope === 'PUBLIC' && policy.maxAge > 0;
    const key = cacheable ? ResponseCache.key({ schema: policies.schemaHash, queryHash: request.queryHash, operationName: request.operationName, variables }) : '';
    const lookup = cacheable ? await cache.lookup(key) : null;
    if (lookup?.hit) {
      context.cacheAge = lookup.ageSeconds;
      return JSON.parse(lookup.hit) as ExecutionResult;
    }

    // A miss is answered from what the subgraphs say now: never from a call (of this operation, or the same call to a
    // subgraph for another one) that started before a mutation whose invalidation this lookup saw — its answer
    // would be kept as fresh. Calls of requests that saw the same generations are shared as before.
    if (lookup?.generations) context.cacheGenerations = generationsKey(lookup.generations);
    const run = async (): Promise<ExecutionResult> => {
      const result = await executor(request);
      if (lookup?.generations && result.data && !result.errors?.length) {
        await cache!.save(key, JSON.stringify({ data: result.data }), context.subgraphsCalled, lookup.generations, policy.maxAge);
      }
      return result;
    };
    if (!inFlight || !query) return run();
    const identity = callerKey(context.viewer, context.client.partner?.id);
    const { promise, shared } = inFlight.run(`${identity}\n${context.cacheGenerations ?? ''}\n${policies.schemaHash}\n${request.queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(variables)}`, run);
    const result = await promise;
    // Apollo Server formats errors and adds extensions per request; each sharer gets a result object of its own.
    return shared ? { ...result } : result;
  }
}

/** The generations as a key, whatever order the store returned them in. */
function generationsKey(generations: Record<string, number>): string {
  return Object.keys(generations)
    .sort()
    .map((subgraph) => `${subgraph}=${generations[subgraph]}`)
    .join(',');
}
