import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_HEADER, InternalCredentials } from '@zero/service';

export interface FakeOrder { id: string; customerId: string; status: string; total: { amount: number; currency: string } }

/**
 * A stand-in for the orders subgraph's internal API (`orderForPayment`, `recordOrderPayment`, `recordOrderRefund`),
 * until the real one can be started beside payments. It checks the caller's service credential, records every
 * delivery, and can be "down" (HTTP 500) for the recording mutations to simulate an outage.
 */
export class FakeOrders {
  readonly orders = new Map<string, FakeOrder>();
  readonly paymentsRecorded: { orderId: string; paymentId: string }[] = [];
  readonly refundsRecorded: { orderId: string; fullyRefunded: boolean }[] = [];
  readonly callers = new Set<string>();
  down = false;
  private server: http.Server | null = null;
  private credentials: InternalCredentials | null = null;

  /** Starts on a free port; the URL is known before payments starts (the secret is handed over later). */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  trust(secret: string): void {
    this.credentials = new InternalCredentials(secret);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A PENDING order of the given customer. */
  add(customerId: string, amount = 10661, status = 'PENDING'): FakeOrder {
    const order = { id: randomUUID(), customerId, status, total: { amount, currency: 'USD' } };
    this.orders.set(order.id, order);
    return order;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const caller = await this.credentials?.verify(req.headers[INTERNAL_HEADER] as string | undefined);
    if (!caller || !caller.issuer.startsWith('service:')) return send(401, { errors: [{ message: 'services only', extensions: { code: 'UNAUTHENTICATED' } }] });
    this.callers.add(caller.issuer);
    const { query, variables } = JSON.parse(raw) as { query: string; variables: Record<string, any> };
    if (query.includes('orderForPayment')) {
      return send(200, { data: { orderForPayment: this.orders.get(variables.id) ?? null } });
    }
    if (this.down) return send(500, { errors: [{ message: 'orders is down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    if (query.includes('recordOrderPayment')) {
      this.paymentsRecorded.push({ orderId: variables.orderId, paymentId: variables.paymentId });
      const order = this.orders.get(variables.orderId);
      if (order && order.status === 'PENDING') order.status = 'CONFIRMED';
      return send(200, { data: { recordOrderPayment: true } });
    }
    if (query.includes('recordOrderRefund')) {
      this.refundsRecorded.push({ orderId: variables.orderId, fullyRefunded: variables.fullyRefunded });
      return send(200, { data: { recordOrderRefund: true } });
    }
    return send(400, { errors: [{ message: 'unknown operation' }] });
  }
}
