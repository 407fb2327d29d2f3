import { INTERNAL_HEADER, type InternalCredentials } from '@zero/service';

/**
 * The router's own calls to the auth subgraph's internal (`@inaccessible`) fields — API keys, operation lists, token
 * revocations — with the router's credential and the router's subgraph timeout.
 */
export class AuthSubgraph {
  constructor(
    private readonly url: string,
    private readonly credentials: InternalCredentials,
    private readonly timeoutMs: number,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_HEADER]: await this.credentials.shared({ issuer: 'router', viewer: null, ip: null }),
      },
      body: JSON.stringify({ query, variables }),
      // The router's own subgraph timeout: a fixed 5 s answered partners 503 whenever auth was merely slow (a busy
      // machine), while every other subgraph call was given SUBGRAPH_TIMEOUT_MS.
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors?.length) throw new Error(`auth subgraph: ${body.errors?.[0]?.message ?? response.status}`);
    return body.data;
  }
}
