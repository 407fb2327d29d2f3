import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, type VariableDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger, Viewer } from '@zero/service';
import type { Partner } from '../partners';
import { authorize } from '../authorization';
import { CLIENT_ERROR_CODES } from '../errors';
import type { CachePolicy } from '../response-cache/cache-hints';
import type { Policies } from '../supergraph-source';
import type { BucketLimits, BudgetStore } from './budgets';
import { MAX_VARIABLE_DEPTH, findNul, variablesTooDeep } from './document-limits';
import type { FieldRateLimiter } from './field-rate-limits';

/** Who is calling, for budgets and limits: a partner key, else a user, else an address. */
export interface ClientIdentity {
  /** `partner:<id>`, `user:<id>` or `ip:<address>`. */
  key: string;
  /** Where the request comes from, for limits kept per address whoever is signed in: `ip:<address>`, or `partner:<id>`. */
  address: string;
  partner: Partner | null;
  budget: BucketLimits;
}

/** The router's per-request context. */
export interface RouterContext {
  viewer: Viewer | null;
  /** The viewer's access token, as verified: forwarded to every subgraph, which verifies it again. */
  accessToken: string | null;
  ip: string | null;
  requestId: string;
  client: ClientIdentity;
  /** Set once the operation's cost is estimated and paid for. */
  cost?: { requested: number; available?: number };
  /** When the request's time is up (epoch ms, REQUEST_DEADLINE_MS after it arrived): bounds every subgraph call. */
  deadline: number;
  /** The subgraphs called for this request so far. */
  subgraphsCalled: Set<string>;
  /** The operation's cache policy from the schema's hints, once it is about to execute. */
  cachePolicy?: CachePolicy;
  /** Set when the response came from the response cache: how old it is, in seconds. */
  cacheAge?: number;
  /** The response cache's generations read at a miss, as a key (execution-pipeline.ts). */
  cacheGenerations?: string;
}

export interface ProtectionOptions {
  policies: () => Policies;
  budgets: BudgetStore;
  fieldLimits: FieldRateLimiter | null;
  maxOperationCost: number;
  logger: Logger;
  onRefusal?: (code: string) => void;
}

function refuse(code: string, message: string, status: number, retryAfterSeconds?: number): GraphQLError {
  const headers = retryAfterSeconds ? new HeaderMap([['retry-after', String(retryAfterSeconds)]]) : undefined;
  // Apollo Server reads `extensions.http` (status and a HeaderMap) into the HTTP response, then drops it.
  const http = { status, ...(headers ? { headers } : {}) } as unknown as { status: number };
  return new GraphQLError(message, { extensions: { code, http } });
}

/**
 * The router's checks between resolving an operation and planning it, cheapest first: NUL characters, the schema's
 * authorization directives, subscriptions (the gateway has none), the operation's cost against the limit, the
 * client's cost budget, then the SDL's field rate limits. Nothing reaches a subgraph until all pass. After the
 * response, its actual cost is computed, the unspent part of the estimate goes back into the budget, and
 * `extensions.cost` reports both with the budget's state.
 */
/**
 * What an operation's cost estimate is cached under: a digest of the document, the operation and the variables it
 * declares — only they can change its cost. Its size is fixed, so a client sending megabytes of variables, new ones
 * each time, cannot fill the router's memory through the cache; a variable left out differs from one sent as null
 * (a default applies).
 */
export function costEstimateKey(queryHash: string, operationName: string | null | undefined, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): string {
  const declared = definitions.map(({ variable: { name } }) => (Object.hasOwn(variables, name.value) ? [name.value, variables[name.value]] : [name.value]));
  return createHash('sha256').update(`${queryHash}\n${operationName ?? ''}\n${JSON.stringify(declared)}`).digest('base64url');
}

export function protectionsPlugin(options: ProtectionOptions): ApolloServerPlugin<RouterContext> {
  const estimates = new LRUCache<string, number>({ max: 5000 });
  let estimatesGeneration = -1;

  const estimate = (context: GraphQLRequestContext<RouterContext>, policies: Policies): number => {
    if (policies.generation !== estimatesGeneration) {
      estimates.clear(); // a new supergraph may weigh fields differently
      estimatesGeneration = policies.generation;
    }
    const variables = context.request.variables ?? {};
    const key = costEstimateKey(context.queryHash!, context.operationName, context.operation?.variableDefinitions ?? [], variables);
    const cached = estimates.get(key);
    if (cached !== undefined) return cached;
    const cost = policies.cost.estimate(context.schema, context.document!, context.operationName, variables);
    estimates.set(key, cost);
    return cost;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const { document, operation, contextValue } = context;
          const fail = (code: string, message: string, status: number, retryAfter?: number) => {
            options.onRefusal?.(code);
            return refuse(code, message, status, retryAfter);
          };
          if (!operation) {
            // Apollo Server leaves this to the executor, where the gateway answers a 500; it is the client's mistake.
            const named = context.request.operationName;
            throw fail(
              'OPERATION_RESOLUTION_FAILURE',
              named ? `The document has no operation named "${named}"` : 'The document has several operations: name one with operationName',
              400,
            );
          }
          if (variablesTooDeep(context.request.variables)) {
            throw fail('BAD_USER_INPUT', `Variables may nest lists and objects at most ${MAX_VARIABLE_DEPTH} levels deep`, 400);
          }
          const where = findNul(document, context.request.variables);
          if (where) throw fail('BAD_USER_INPUT', `NUL characters are not allowed (${where})`, 400);

          const policies = options.policies();
          const denied = authorize(context.schema, document, operation, policies.authorization, contextValue.viewer);
          if (denied) {
            options.onRefusal?.(String(denied.extensions.code));
            throw denied;
          }
          if (operation.operation === 'subscription') throw fail('GRAPHQL_VALIDATION_FAILED', 'The schema has no subscriptions', 400);

          const requested = estimate(context, policies);
          contextValue.cost = { requested: Number.isFinite(requested) ? requested : Number.MAX_SAFE_INTEGER };
          if (!(requested <= options.maxOperationCost)) {
            throw fail(
              'COST_ESTIMATED_TOO_EXPENSIVE',
              `The operation's estimated cost ${Number.isFinite(requested) ? requested : 'is unbounded and'} exceeds the limit of ${options.maxOperationCost}: ask for fewer items (first:) or fewer nested lists`,
              400,
            );
          }
          const { client } = contextValue;
          const paid = await options.budgets.withdraw(client.key, requested, client.budget);
          if (!paid.allowed) {
            contextValue.cost = { requested, available: paid.available };
            throw fail('RATE_LIMITED', `Cost budget exhausted: this operation costs ${requested}, ${paid.available} is available; retry in ${paid.retryAfterSeconds}s`, 429, paid.retryAfterSeconds);
          }
          contextValue.cost = { requested, available: paid.available };

          if (options.fieldLimits) {
            const limited = await options.fieldLimits.consume(policies.rateLimits, context.schema, document, operation, context.request.variables ?? {}, client);
            if (limited) throw fail('RATE_LIMITED', limited.message, 429, limited.retryAfterSeconds);
          }
        },

        async willSendResponse(context) {
          const { response, contextValue } = context;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { client } = contextValue;
          const requested = contextValue.cost?.requested ?? 0;
          let actual = 0;
          let available = contextValue.cost?.available;
          const executed = context.document && context.operation && result.data !== undefined && result.data !== null;
          if (executed && contextValue.cost?.available !== undefined) {
            try {
              actual = options.policies().cost.actual(context.schema, context.document!, context.operationName, context.request.variables ?? {}, result.data);
            } catch (error) {
              options.logger.warn({ err: error }, 'actual cost not computed');
              actual = requested;
            }
            const unspent = requested - actual;
            if (unspent > 0) available = await options.budgets.deposit(client.key, unspent, client.budget).catch(() => available);
          }
          if (available === undefined) {
            available = (await options.budgets.withdraw(client.key, 0, client.budget).catch(() => null))?.available ?? client.budget.maximum;
          }
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: requested,
              actualQueryCost: actual,
              throttleStatus: { maximumAvailable: client.budget.maximum, currentlyAvailable: available, restoreRate: client.budget.restoreRate },
            },
          };
          // A client's mistake is a 4xx, never a 500, whichever stage noticed it.
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
          if (!result.data && codes.length && codes.every((code) => CLIENT_ERROR_CODES.has(code)) && (!response.http.status || response.http.status >= 500)) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
