import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InternalCredentials, createLogger } from '@zero/service';
import { AuthSubgraph } from './auth-subgraph';
import { PartnerDirectory, type Partner } from './partners';

/** A stand-in auth subgraph: answers the operation list with `list`, or 503 while `down`. */
function standIn() {
  const state = { down: true, version: 1 };
  const server = http.createServer((_req, res) => {
    if (state.down) {
      res.writeHead(503).end();
      return;
    }
    const operations = [{ id: 'a'.repeat(64), name: 'Categories', type: 'query', body: 'query Categories { categories { slug } }' }];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { operationList: { version: state.version, operations } } }));
  });
  return { state, server, listening: new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)) };
}

describe('PartnerDirectory.partnerList', () => {
  const auth = standIn();
  let directory: PartnerDirectory;
  beforeAll(async () => {
    await auth.listening;
    const url = `http://127.0.0.1:${(auth.server.address() as AddressInfo).port}/graphql`;
    directory = new PartnerDirectory(new AuthSubgraph(url, new InternalCredentials('s'.repeat(40)), 5000), createLogger('partners-test', 'silent'), { keyCacheMs: 1000, listRefreshMs: 60_000 });
  });
  afterAll(() => new Promise((resolve) => auth.server.close(resolve)));

  const partner: Partner = { id: 'client-1', name: 'Acme', mode: 'safelist', listVersion: 1 };

  test('a list that cannot be loaded yet is an error (answered 503), never "no list"', async () => {
    auth.state.down = true;
    await expect(directory.partnerList(partner)).rejects.toThrow();
  });

  test('once loaded, the list in force stays while a newer one cannot be loaded', async () => {
    auth.state.down = false;
    expect((await directory.partnerList(partner))?.version).toBe(1);
    auth.state.down = true;
    const inForce = await directory.partnerList({ ...partner, listVersion: 2 });
    expect(inForce?.version).toBe(1);
    expect(inForce?.bodies.has('query Categories{categories{slug}}')).toBe(true);
    auth.state.down = false;
    auth.state.version = 2;
    expect((await directory.partnerList({ ...partner, listVersion: 2 }))?.version).toBe(2);
  });
});
