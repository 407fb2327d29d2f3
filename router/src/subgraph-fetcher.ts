import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent } from 'undici';
import { ATTR_HTTP_RESPONSE_STATUS_CODE, httpClientSpan, withTraceHeaders } from '@zero/service';

/** undici's timers above 1 s share one clock that advances in ~0.5 s ticks (`undici/lib/util/timers.js`). */
const UNDICI_TIMER_RESOLUTION_MS = 1_000;

/**
 * How the router talks HTTP to subgraphs: undici's `request` over a keep-alive connection pool, instead of the
 * gateway's default `make-fetch-happen` (which builds an error stack per request and measured at less than half the
 * throughput). Each call is bounded: a subgraph that stops answering costs a request at most `timeoutMs`, then
 * the data source reports `SUBGRAPH_UNAVAILABLE`. Each call is a client span (under the gateway's `gateway.fetch`) and
 * sends its `traceparent`, so the subgraph's spans join the router's trace.
 */
export function subgraphFetcher(options: { timeoutMs: number; connectionsPerSubgraph?: number }): { fetcher: Fetcher; close: () => Promise<void> } {
  // undici's own timeouts are only a backstop behind the caller's exact timer (`ResilientFetch`): they run on a coarse
  // clock that ticks every ~0.5 s and can fire up to that much early, so they get a second more than the timeout.
  const backstopMs = options.timeoutMs + UNDICI_TIMER_RESOLUTION_MS;
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: options.connectionsPerSubgraph ?? 64, connectTimeout: backstopMs });
  // A router calls the same few subgraph URLs all its life: each is parsed once, not once per fetch.
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) {
      const parsed = new URL(url);
      found = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      if (targets.size < 1_000) targets.set(url, found);
    }
    return found;
  };
  const fetcher: Fetcher = (url, init = {}) =>
    httpClientSpan('POST', url, async (span) => {
      const response = await agent.request({
        ...target(url),
        method: (init.method ?? 'GET') as 'GET' | 'POST',
        headers: withTraceHeaders((init.headers ?? {}) as Record<string, string>),
        body: init.body as string | undefined,
        headersTimeout: backstopMs,
        bodyTimeout: backstopMs,
        signal: init.signal,
      });
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.statusCode);
      const text = await response.body.text();
      return buffered(url, response.statusCode, response.headers, text);
    });
  return { fetcher, close: () => agent.close() };
}

type RawHeaders = Record<string, string | string[] | undefined>;

function buffered(url: string, status: number, raw: RawHeaders, text: string): FetcherResponse {
  // A WHATWG `Headers` is built only if something reads it: nothing on the router's own path does.
  let headers: Headers | undefined;
  return {
    bodyUsed: false,
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: STATUS_CODES[status] ?? '',
    get headers() {
      if (!headers) {
        headers = new Headers();
        for (const [name, value] of Object.entries(raw)) {
          if (value === undefined) continue;
          for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
        }
      }
      return headers;
    },
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => {
      const bytes = Buffer.from(text);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    clone: () => buffered(url, status, raw, text),
  };
}
