import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCESS_TOKEN_TTL_SECONDS, InternalCredentials, KeysUnavailableError, createLogger } from '@zero/service';
import { eventually } from '@zero/testing';
import { AuthSubgraph } from './auth-subgraph';
import { RevocationsUnknownError, TokenRevocations } from './token-revocations';

/** A stand-in auth subgraph answering `tokenRevocations` from `state`, recording each `since` it is asked for. */
function standIn() {
  const state = {
    down: false,
    asOf: Date.now(),
    revocations: [] as Array<{ userId: string; revokedAt: string; everyToken: boolean }>,
    asked: [] as number[],
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (state.down) return void res.writeHead(503).end();
      state.asked.push(Date.parse(JSON.parse(body).variables.since));
      const answer = { data: { tokenRevocations: { asOf: new Date(state.asOf).toISOString(), revocations: state.revocations } } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return { state, server, listening: new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)) };
}

describe('TokenRevocations', () => {
  const auth = standIn();
  let revocations: TokenRevocations;
  beforeAll(async () => {
    await auth.listening;
    const url = `http://127.0.0.1:${(auth.server.address() as AddressInfo).port}/graphql`;
    // Polled by hand (refresh through start): a long interval keeps the timer out of the way.
    revocations = new TokenRevocations(new AuthSubgraph(url, new InternalCredentials('s'.repeat(40)), 5000), createLogger('revocations-test', 'silent'), 60_000);
  });
  afterAll(() => {
    revocations.stop();
    return new Promise((resolve) => auth.server.close(resolve));
  });
  const at = (ms: number) => new Date(ms).toISOString();
  const poll = () => (revocations as unknown as { refresh(): Promise<void> }).refresh();

  test('the first poll reaches one token lifetime (and the overlap) back; a revoked token is refused, a later one is not', async () => {
    const now = Date.now();
    auth.state.revocations = [{ userId: 'u1', revokedAt: at(now - 60_000), everyToken: false }];
    await revocations.start();
    expect(auth.state.asked[0]).toBeLessThanOrEqual(Date.now() - ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(revocations.revoked('u1', (now - 120_000) / 1000)).toBe(true); // issued before: refused
    expect(revocations.revoked('u1', (now - 60_000) / 1000)).toBe(false); // issued at the very instant: kept
    expect(revocations.revoked('u1', (now - 59_999) / 1000)).toBe(false);
    expect(revocations.revoked('u2', (now - 120_000) / 1000)).toBe(false);
  });

  test('each later poll starts 5 s before the last asOf; the latest revocation wins and "every token" sticks', async () => {
    const now = Date.now();
    auth.state.asOf = now;
    await poll();
    auth.state.revocations = [
      { userId: 'u1', revokedAt: at(now - 90_000), everyToken: false }, // older than the one known: ignored
      { userId: 'u3', revokedAt: at(now - 1000), everyToken: true },
    ];
    await poll();
    expect(auth.state.asked.at(-1)).toBe(now - 5000);
    expect(revocations.revoked('u1', (now - 70_000) / 1000)).toBe(true);
    expect(revocations.revoked('u1', (now - 30_000) / 1000)).toBe(false);
    expect(revocations.revoked('u3', now / 1000 + 60)).toBe(true); // an erased account: any token
    auth.state.revocations = [{ userId: 'u3', revokedAt: at(now), everyToken: false }];
    await poll();
    expect(revocations.revoked('u3', now / 1000 + 60)).toBe(true);
  });

  test('while auth is down the revocations seen stay in force; ones older than a token lifetime are forgotten', async () => {
    auth.state.down = true;
    await expect(poll()).rejects.toThrow();
    expect(revocations.revoked('u3', Date.now() / 1000)).toBe(true);
    auth.state.down = false;
    auth.state.revocations = [{ userId: 'old', revokedAt: at(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000), everyToken: true }];
    await poll();
    expect(revocations.revoked('old', 0)).toBe(false);
  });
});

describe('TokenRevocations before auth first answers', () => {
  const auth = standIn();
  let revocations: TokenRevocations;
  beforeAll(async () => {
    await auth.listening;
    auth.state.down = true;
    const url = `http://127.0.0.1:${(auth.server.address() as AddressInfo).port}/graphql`;
    // A poll interval far longer than the test: only the requests themselves can set off the next attempt.
    revocations = new TokenRevocations(new AuthSubgraph(url, new InternalCredentials('s'.repeat(40)), 5000), createLogger('revocations-test', 'silent'), 60_000);
  });
  afterAll(() => {
    revocations.stop();
    return new Promise((resolve) => auth.server.close(resolve));
  });

  test('no token is let through until the revocations are loaded; a request sets off the next attempt', async () => {
    await expect(revocations.start()).rejects.toThrow();
    const attempts = auth.state.asked.length;
    // Not known yet: "try again shortly" (KeysUnavailableError is the router's 503), never "not revoked".
    expect(() => revocations.revoked('u1', Date.now() / 1000)).toThrow(RevocationsUnknownError);
    expect(new RevocationsUnknownError()).toBeInstanceOf(KeysUnavailableError);

    const now = Date.now();
    auth.state.asOf = now;
    auth.state.revocations = [{ userId: 'u1', revokedAt: new Date(now - 1000).toISOString(), everyToken: false }];
    auth.state.down = false;
    const answer = await eventually(() => {
      try {
        return { revoked: revocations.revoked('u1', (now - 2000) / 1000) };
      } catch (error) {
        if (error instanceof RevocationsUnknownError) return null;
        throw error;
      }
    });
    expect(answer.revoked).toBe(true);
    expect(auth.state.asked.length).toBeGreaterThan(attempts);
    expect(revocations.revoked('u2', now / 1000)).toBe(false);
  });
});
