import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { INTERNAL_HEADER, type InternalCredentials, type Logger, type Viewer } from '@zero/service';

const credentialsByRequest = new WeakMap<object, Promise<string>>();

/** What the router knows about the request on whose behalf it calls a subgraph. */
export interface SubgraphCallContext {
  viewer: Viewer | null;
  ip: string | null;
  requestId: string;
}

/**
 * How the router calls one subgraph. The viewer travels inside a short-lived credential signed with the internal
 * secret (subgraphs refuse requests without one). Errors never carry the transport: a subgraph that answers with a
 * non-2xx status gives its own GraphQL error (code and message) — not "401: Unauthorized" with its URL — and an
 * unreachable one is `SUBGRAPH_UNAVAILABLE`, naming the subgraph but no address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<SubgraphCallContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly credentials: InternalCredentials,
    private readonly logger: Logger,
    fetcher?: Fetcher,
  ) {
    super({ url, ...(fetcher ? { fetcher } : {}) });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<SubgraphCallContext>): Promise<void> {
    const ctx = context as Partial<SubgraphCallContext>;
    // One credential per client request, shared by all of its subgraph fetches (a query plan may have many).
    const credential = credentialsByRequest.get(context) ?? this.credentials.sign({ issuer: 'router', viewer: ctx.viewer ?? null, ip: ctx.ip ?? null });
    credentialsByRequest.set(context, credential);
    request.http?.headers.set(INTERNAL_HEADER, await credential);
    if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null;
    const first = body && typeof body === 'object' ? body.errors?.[0] : undefined;
    if (first && typeof first.message === 'string') {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
      return new GraphQLError(first.message, { extensions: { code } });
    }
    this.logger.error({ subgraph: this.name, status: response.status }, 'subgraph answered without a GraphQL body');
    return new GraphQLError(`The ${this.name} service failed`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    this.logger.error({ subgraph: this.name, err: error }, 'subgraph request failed');
    throw new GraphQLError(`The ${this.name} service is unavailable; try again shortly`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
}
