import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { config } from './config';
import { operationByHash, type PersistedOperation } from './persisted';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface ExecuteOptions {
  /** The shopper's access token. */
  token?: string | null;
  /**
   * The shopper's address chain (X-Forwarded-For). The router's budgets are per client address and every request
   * from this server comes from one address, so per-shopper requests carry the shopper's; the router must trust
   * this server as a proxy (`TRUST_PROXY`, loopback by default).
   */
  forwardedFor?: string | null;
  /** Next's data cache for this request (catalog reads); no caching unless given. */
  next?: { revalidate?: number | false; tags?: string[] };
}

/**
 * Runs one persisted operation against the router: sent by its sha256 id; a development router that has not seen
 * the id yet (PERSISTED_QUERY_NOT_FOUND) gets the body once beside it, the automatic persisted query protocol.
 */
export async function runOperation<T = Record<string, unknown>>(
  op: PersistedOperation,
  variables: Record<string, unknown> | undefined,
  options: ExecuteOptions = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollographql-client-name': 'storefront' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const send = async (withBody: boolean) => {
    const res = await fetch(config.routerUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        operationName: op.name,
        variables: variables ?? {},
        ...(withBody ? { query: op.body } : {}),
        extensions: { persistedQuery: { version: 1, sha256Hash: op.hash } },
      }),
      ...(options.next ? { next: options.next } : { cache: 'no-store' as const }),
      signal: AbortSignal.timeout(config.routerTimeoutMs),
    });
    const body = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}`, extensions: { code: 'NETWORK' } }] }))) as GraphQLResponse<T>;
    return { status: res.status, body };
  };
  let result = await send(false);
  if (result.body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) result = await send(true);
  return result;
}

/** Runs a generated document (it must be one of the storefront's persisted operations) and returns its data. */
export async function execute<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  options: ExecuteOptions = {},
): Promise<{ data: T | null; errors: NonNullable<GraphQLResponse['errors']> }> {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  const op = hash ? operationByHash(hash) : undefined;
  if (!op) throw new Error('Not a persisted storefront operation (run `npm run codegen -w @zero/web`)');
  const { body } = await runOperation<T>(op, variables as Record<string, unknown>, options);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
