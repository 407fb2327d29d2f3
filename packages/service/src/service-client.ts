import { GraphQLError } from 'graphql';
import { INTERNAL_HEADER, type InternalCredentials, type Viewer } from './identity';

/**
 * Calls another subgraph directly, as a service (`issuer: service:<name>`), with a fresh internal credential per
 * request. Used for what is not part of the public graph, such as stock reservations; reads that the public graph
 * offers go through entity references instead. Retries network failures a few times with backoff.
 */
export class ServiceClient {
  constructor(
    private readonly caller: string,
    private readonly url: string,
    private readonly credentials: InternalCredentials,
    private readonly options: { timeoutMs?: number; retries?: number } = {},
  ) {}

  /** Runs one operation; throws on GraphQL errors. */
  async request<T>(query: string, variables: Record<string, unknown> = {}, onBehalfOf: Viewer | null = null): Promise<T> {
    const retries = this.options.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(this.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [INTERNAL_HEADER]: await this.credentials.sign({ issuer: `service:${this.caller}`, viewer: onBehalfOf, ip: null }),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        if (attempt >= retries) throw new GraphQLError(`Service unavailable`, { extensions: { code: 'SERVICE_UNAVAILABLE' }, originalError: error as Error });
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        continue;
      }
      const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length || !body.data) {
        const first = body.errors?.[0];
        throw new GraphQLError(first?.message ?? `Service answered ${response.status}`, { extensions: { code: first?.extensions?.code ?? 'SERVICE_ERROR' } });
      }
      return body.data;
    }
  }
}
