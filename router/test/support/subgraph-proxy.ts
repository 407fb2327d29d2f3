import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received. */
export interface ProxiedRequest {
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A stand-in in front of a real subgraph that the router is pointed at (`<NAME>_SUBGRAPH_URL`): it passes requests
 * through and counts them, and a test can make it
 * - `hold()` requests until `release()` (they then go through): to have concurrent requests overlap for certain;
 * - `freeze()`: accept requests and never answer them, like a process stopped with SIGSTOP, until `resume()`;
 * - `failNext(n)`: answer the next n requests with 503, as a load balancer with no healthy backend would;
 * - `holdNextAnswer(pattern)`: pass the next request matching `pattern` on at once, but hold the subgraph's answer
 *   until `release()` — an answer computed now and delivered late.
 */
export class SubgraphProxy {
  readonly requests: ProxiedRequest[] = [];
  private mode: 'pass' | 'hold' | 'freeze' = 'pass';
  private failures = 0;
  private held: Array<() => void> = [];
  private answerToHold: RegExp | null = null;
  /** Answers received from the subgraph and held (`holdNextAnswer`), not yet released. */
  heldAnswers = 0;
  private readonly sockets = new Set<import('node:net').Socket>();
  private server!: http.Server;
  url = '';

  constructor(private readonly target: string) {}

  static async start(target: string): Promise<SubgraphProxy> {
    const proxy = new SubgraphProxy(target);
    proxy.server = http.createServer((req, res) => void proxy.handle(req, res));
    proxy.server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.url = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}/graphql`;
    return proxy;
  }

  /** Requests whose body matches `pattern` (e.g. a field name), so lookups the router makes itself are left out. */
  count(pattern: RegExp): number {
    return this.requests.filter((r) => pattern.test(r.body)).length;
  }

  hold(): void {
    this.mode = 'hold';
  }

  release(): void {
    this.mode = 'pass';
    const held = this.held;
    this.held = [];
    held.forEach((go) => go());
  }

  freeze(): void {
    this.mode = 'freeze';
  }

  /** Answers new requests again; the ones received while frozen stay unanswered, as after SIGCONT. */
  resume(): void {
    this.mode = 'pass';
  }

  holdNextAnswer(pattern: RegExp): void {
    this.answerToHold = pattern;
  }

  failNext(n: number): void {
    this.failures = n;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    this.requests.push({ body, headers: req.headers });
    if (this.mode === 'freeze') return;
    if (this.failures > 0) {
      this.failures--;
      res.writeHead(503, { 'content-type': 'text/plain' }).end('no healthy upstream');
      return;
    }
    if (this.mode === 'hold') await new Promise<void>((resolve) => this.held.push(resolve));
    const holdAnswer = this.answerToHold?.test(body) ?? false;
    if (holdAnswer) this.answerToHold = null;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
    }
    try {
      const upstream = await fetch(this.target, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
      const text = await upstream.text();
      if (holdAnswer) {
        this.heldAnswers++;
        await new Promise<void>((resolve) => this.held.push(resolve));
        this.heldAnswers--;
      }
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
    } catch {
      res.writeHead(502).end();
    }
  }
}

/** A router's `/metrics` value for one series, e.g. `router_subgraph_breaker_state{subgraph="catalog"}` (0 if absent). */
export async function metric(routerUrl: string, token: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${routerUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
