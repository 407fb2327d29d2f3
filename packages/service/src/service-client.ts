import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLError, Kind, print, type DocumentNode } from 'graphql';
import { ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import { INTERNAL_HEADER, type InternalCredentials, type Viewer } from './identity';
import { httpClientSpan, withTraceHeaders } from './tracing';

export type { TypedDocumentNode };

/** Per call: on whose behalf, and a signal that aborts the call (e.g. an outbox delivery that ran out of time). */
export interface CallOptions {
  viewer?: Viewer | null;
  signal?: AbortSignal;
}

const printed = new WeakMap<DocumentNode, string>();

function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value ?? 'anonymous';
}

/**
 * Calls another subgraph directly, as a service (`issuer: service:<name>`), with a fresh internal credential per
 * request. Operations are typed documents that codegen checked against the target's SDL
 * (`src/services/<target>.operations.graphql` → `src/__generated__/<target>.operations.ts`), so what is sent and
 * what comes back are known at compile time and a renamed field fails `npm run codegen:check`. Network failures are
 * retried a few times with backoff. Each attempt is a client span named after the operation, whose `traceparent`
 * the target continues.
 */
export class ServiceClient {
  constructor(
    private readonly caller: string,
    /** The target's `/graphql` URL, or a function asked on every call (the test harness hands URLs over late). */
    private readonly url: string | (() => string),
    private readonly credentials: InternalCredentials,
    private readonly options: { timeoutMs?: number; retries?: number } = {},
  ) {}

  /** Runs one operation and returns its data; throws on GraphQL errors. */
  async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, call: CallOptions = {}): Promise<TResult> {
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    const url = typeof this.url === 'string' ? this.url : this.url();
    const retries = this.options.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let body: { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 10_000);
        const credential = await this.credentials.shared({ issuer: `service:${this.caller}`, viewer: call.viewer ?? null, ip: null });
        [response, body] = await httpClientSpan(operationName(document), url, async (span) => {
          const answer = await fetch(url, {
            method: 'POST',
            headers: withTraceHeaders({ 'content-type': 'application/json', [INTERNAL_HEADER]: credential }),
            body: JSON.stringify({ query, variables }),
            signal: call.signal ? AbortSignal.any([timeout, call.signal]) : timeout,
          });
          span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, answer.status);
          return [answer, (await answer.json().catch(() => ({}))) as typeof body] as const;
        });
      } catch (error) {
        if (attempt >= retries || call.signal?.aborted) {
          throw new GraphQLError(`Service unavailable`, { extensions: { code: 'SERVICE_UNAVAILABLE' }, originalError: error as Error });
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        continue;
      }
      if (body.errors?.length || !body.data) {
        const first = body.errors?.[0];
        throw new GraphQLError(first?.message ?? `Service answered ${response.status}`, { extensions: { code: first?.extensions?.code ?? 'SERVICE_ERROR' } });
      }
      return body.data;
    }
  }
}
