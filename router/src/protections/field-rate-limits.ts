import type { Redis } from 'ioredis';
import ms from 'ms';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  Kind,
  TypeInfo,
  getArgumentValues,
  parse,
  visit,
  visitWithTypeInfo,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { AuthorizationRules } from '../authorization';
import { fragmentMultiplicity, linkedDirectiveName, stringArgument } from '../supergraph-directives';

/** One field's `@rateLimit(max, window, identityArgs, message)` from the SDL. */
export interface FieldRateLimit {
  max: number;
  windowMs: number;
  identityArgs: string[];
  message: string | null;
  /**
   * Whom the calls are counted against. `user` for a field that requires a signed-in caller (`@authenticated`,
   * `@requiresScopes`): each account its own count. `address` for a field anyone may call (`register`, `login`, a
   * password reset): counted per address whatever token comes with the request — else every account made would
   * bring a fresh allowance — and per partner for a partner's API key.
   */
  per: 'user' | 'address';
}

/** Limits by schema coordinate (`Mutation.register`). */
export type FieldRateLimits = Map<string, FieldRateLimit>;

const RATE_LIMIT_SPEC = 'https://specs.project-zero.dev/rateLimit/';

/**
 * Reads every `@rateLimit` application from a composed supergraph (the directive is kept by `@composeDirective`);
 * `rules` (the schema's authorization requirements) say which fields need a signed-in caller.
 */
export function readFieldRateLimits(supergraphSdl: string | DocumentNode, rules: AuthorizationRules = new Map()): FieldRateLimits {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const name = linkedDirectiveName(document, RATE_LIMIT_SPEC, 'rateLimit');
  const limits: FieldRateLimits = new Map();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === name);
      if (!directive) continue;
      const coordinate = `${definition.name.value}.${field.name.value}`;
      const signedIn = rules.get(coordinate)?.authenticated || rules.get(definition.name.value)?.authenticated;
      limits.set(coordinate, { ...parseLimit(directive, coordinate), per: signedIn ? 'user' : 'address' });
    }
  }
  return limits;
}

function parseLimit(directive: DirectiveNode, coordinate: string): Omit<FieldRateLimit, 'per'> {
  const arg = (n: string) => directive.arguments?.find((a) => a.name.value === n)?.value;
  const maxNode = arg('max');
  const max = maxNode?.kind === Kind.INT ? Number(maxNode.value) : NaN;
  const window = stringArgument(directive, 'window');
  const windowMs = window ? (ms(window as ms.StringValue) as number | undefined) : undefined;
  if (!Number.isInteger(max) || max < 1 || !windowMs || windowMs < 1000) {
    throw new Error(`@rateLimit on ${coordinate}: max must be a positive integer and window a duration of at least 1s ("30s", "10m", "1h")`);
  }
  const identityNode = arg('identityArgs');
  const identityArgs = identityNode?.kind === Kind.LIST ? identityNode.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [];
  return { max, windowMs, identityArgs, message: stringArgument(directive, 'message') ?? null };
}

/** A refusal: which field, and when the client may try again. */
export interface RateLimitRefusal {
  coordinate: string;
  message: string;
  retryAfterSeconds: number;
}

/**
 * Counts calls of rate-limited fields per client (and per the values of the field's `identityArgs`), with
 * `rate-limiter-flexible`: an atomic increment in memory or in Redis (one Lua script per call, shared by every
 * replica). Every occurrence counts, so one document with 2,000 aliases of `createCart` is 2,000 calls.
 */
export class FieldRateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly untouched = new WeakMap<DocumentNode, { limits: FieldRateLimits; operations: WeakSet<OperationDefinitionNode> }>();

  constructor(private readonly store: { redis: Redis | null; prefix: string }) {}

  /**
   * Counts the operation's limited fields for the client — each against its `key` (`user:…`, `partner:…`, `ip:…`) or
   * its `address` (`ip:…`, or `partner:…` for a partner), as the field's limit says — and returns the first
   * refusal, or null when all fit.
   */
  async consume(
    limits: FieldRateLimits,
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    client: { key: string; address: string },
  ): Promise<RateLimitRefusal | null> {
    if (limits.size === 0) return null;
    // Most operations touch no limited field; that is decided once per parsed document and set of limits.
    const seen = this.untouched.get(document);
    if (seen?.limits === limits && seen.operations.has(operation)) return null;
    const calls = countLimitedCalls(limits, schema, document, operation, variables);
    if (calls.size === 0) {
      const entry = seen?.limits === limits ? seen : { limits, operations: new WeakSet<OperationDefinitionNode>() };
      entry.operations.add(operation);
      this.untouched.set(document, entry);
      return null;
    }
    for (const [key, { coordinate, count }] of calls) {
      const limit = limits.get(coordinate)!;
      try {
        await this.limiter(coordinate, limit).consume(`${limit.per === 'user' ? client.key : client.address}|${key}`, count);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return {
          coordinate,
          message: limit.message ?? `Too many calls to ${coordinate.split('.')[1]}: at most ${limit.max} per ${ms(limit.windowMs, { long: true })}`,
          retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        };
      }
    }
    return null;
  }

  private limiter(coordinate: string, limit: FieldRateLimit): RateLimiterAbstract {
    const id = `${coordinate}:${limit.max}:${limit.windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { keyPrefix: `${this.store.prefix}field:${id}`, points: limit.max, duration: Math.ceil(limit.windowMs / 1000) };
      // With Redis, a memory limiter insures against an outage of the store: limits hold per replica meanwhile.
      limiter = this.store.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.store.redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

/** Occurrences of limited fields in the operation (through fragments), grouped by field and identity arguments. */
function countLimitedCalls(
  limits: FieldRateLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Map<string, { coordinate: string; count: number }> {
  const calls = new Map<string, { coordinate: string; count: number }>();
  const typeInfo = new TypeInfo(schema);
  const otherOperations = new Set(document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d !== operation));
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const multiplier = fragmentMultiplicity(operation, fragments);
  let currentFragment: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        currentFragment = null;
        return otherOperations.has(node) ? false : undefined;
      },
      FragmentDefinition(node) {
        currentFragment = node.name.value;
        return fragments.has(node.name.value) ? undefined : false;
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        const coordinate = `${parent.name}.${field.name}`;
        const limit = limits.get(coordinate);
        if (!limit) return;
        let identity = '';
        if (limit.identityArgs.length) {
          let args: Record<string, unknown> = {};
          try {
            args = getArgumentValues(field, node, variables);
          } catch {
            /* invalid arguments fail validation later; count them under no identity */
          }
          identity = limit.identityArgs.map((p) => JSON.stringify(p.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], args) ?? null)).join('|');
        }
        const key = `${coordinate}|${identity}`;
        if (currentFragment && !multiplier.get(currentFragment)) return;
        const entry = calls.get(key) ?? { coordinate, count: 0 };
        entry.count += currentFragment ? (multiplier.get(currentFragment) ?? 0) : 1;
        calls.set(key, entry);
      },
    }),
  );
  return calls;
}
