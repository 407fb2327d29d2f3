import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import compression from 'compression';

// The storefront's server is plain CommonJS (node runs it as it is); its rewrite is tested here without Next.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { htmlRewriter, deferFrameworkScripts, replaceNotFoundShell, appendClientAddress } = require('./server.js') as {
  htmlRewriter: () => { push: (piece: string) => string; end: () => string };
  deferFrameworkScripts: (res: http.ServerResponse) => void;
  replaceNotFoundShell: (req: http.IncomingMessage, res: http.ServerResponse, renderNotFound: () => void) => void;
  appendClientAddress: (req: http.IncomingMessage) => void;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIRST_PAINT_LOADER } = require('./lib/first-paint-loader.js') as { FIRST_PAINT_LOADER: string };

const PAGE =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script><script>self.x=1<2</script>' +
  '<script src="https://example.com/analytics.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>' +
  '</head><body><p>Hello</p><script src="/_next/static/chunks/a.js" async=""></script></body></html>';

const EXPECTED =
  `<!DOCTYPE html><html><head><script>${FIRST_PAINT_LOADER}</script>` +
  '<script data-deferred-src="/_next/static/chunks/b.js"></script><script>self.x=1<2</script>' +
  '<script src="https://example.com/analytics.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>' +
  '</head><body><p>Hello</p><script data-deferred-src="/_next/static/chunks/a.js"></script></body></html>';

/** The page cut into the given pieces and passed through the rewrite as a stream would pass it. */
function streamed(pieces: string[]): string {
  const rewriter = htmlRewriter();
  return pieces.map((piece) => rewriter.push(piece)).join('') + rewriter.end();
}

describe('the storefront server: first paint first', () => {
  it("puts the loader after <head>, turns Next's framework scripts into placeholders and drops their preload, leaving every other script", () => {
    expect(streamed([PAGE])).toBe(EXPECTED);
  });

  it("puts the loader into a page without Next's layout too (an error shell), and into no <header>", () => {
    const shell = '<html id="__next_error__"><head lang="en"><script src="/_next/static/chunks/b.js" async=""></script></head><body><header>x</header></body></html>';
    expect(streamed([shell.slice(0, 30), shell.slice(30)])).toBe(
      `<html id="__next_error__"><head lang="en"><script>${FIRST_PAINT_LOADER}</script><script data-deferred-src="/_next/static/chunks/b.js"></script></head><body><header>x</header></body></html>`,
    );
  });

  it('gives the same page wherever the stream is cut, even inside a tag', () => {
    for (let i = 0; i <= PAGE.length; i++) {
      for (let j = i; j <= PAGE.length; j += 11) {
        expect(streamed([PAGE.slice(0, i), PAGE.slice(i, j), PAGE.slice(j)])).toBe(EXPECTED);
      }
    }
  });

  it('rewrites a real response on its way through compression, and leaves other types alone', async () => {
    const server = http.createServer((req, res) => {
      compression()(req as never, res as never, () => {
        deferFrameworkScripts(res);
        if (req.url === '/script') {
          res.writeHead(200, { 'content-type': 'application/javascript', 'content-length': String(PAGE.length) });
          res.end(PAGE);
          return;
        }
        // As Next writes a page: the headers given to writeHead, a length that the rewrite makes wrong, and the
        // body in pieces that cut tags apart.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(PAGE)) });
        const bytes = Buffer.from(PAGE);
        res.write(bytes.subarray(0, 97));
        res.write(bytes.subarray(97, 160));
        res.end(bytes.subarray(160));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const get = (path: string, encoding: string) =>
        new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          http.get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject);
        });
      const gzip = await get('/', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).toString()).toBe(EXPECTED);
      const plain = await get('/', 'identity');
      expect(plain.headers['content-length']).toBeUndefined();
      expect(plain.body.toString()).toBe(EXPECTED);
      const script = await get('/script', 'identity');
      expect(script.body.toString()).toBe(PAGE);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("the storefront server: a page's notFound()", () => {
  const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"…"])</script></body></html>';
  const NOT_FOUND = '<!DOCTYPE html><html lang="en"><head></head><body><h1>We could not find that page</h1></body></html>';

  it("answers with the not-found page in place of Next's empty error shell, and lets every other response through", async () => {
    const rendered: string[] = [];
    const server = http.createServer((req, res) => {
      compression()(req as never, res as never, () => {
        deferFrameworkScripts(res);
        replaceNotFoundShell(req, res, () => {
          rendered.push(req.url!);
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
          res.end(NOT_FOUND);
        });
        // As Next sends a page: the status and type set, the headers flushed, then the body in pieces.
        const body = req.url === '/gone' ? SHELL : req.url === '/no-such-page' ? NOT_FOUND : PAGE;
        res.statusCode = req.url === '/ok' ? 200 : 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.flushHeaders();
        for (let i = 0; i < body.length; i += 17) res.write(Buffer.from(body.slice(i, i + 17)));
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const get = async (path: string, method = 'GET') => {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'accept-encoding': 'identity' } });
        return { status: res.status, body: await res.text() };
      };
      const gone = await get('/gone');
      expect(gone.status).toBe(404);
      expect(gone.body).toBe(NOT_FOUND.replace('<head>', `<head><script>${FIRST_PAINT_LOADER}</script>`));
      expect(rendered).toEqual(['/gone']);
      expect(await get('/no-such-page')).toEqual({ status: 404, body: NOT_FOUND.replace('<head>', `<head><script>${FIRST_PAINT_LOADER}</script>`) });
      expect(await get('/ok')).toEqual({ status: 200, body: EXPECTED });
      expect(await get('/gone', 'POST')).toMatchObject({ status: 404, body: expect.stringContaining('__next_error__') });
      expect(rendered).toEqual(['/gone']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the storefront server: client addresses', () => {
  /** The X-Forwarded-For the storefront hands on, for a request with `given` from `peer`. */
  const handedOn = (given: string | undefined, peer: string | undefined) => {
    const req = { headers: given === undefined ? {} : { 'x-forwarded-for': given }, socket: { remoteAddress: peer } } as unknown as http.IncomingMessage;
    appendClientAddress(req);
    return req.headers['x-forwarded-for'] as string | undefined;
  };

  it('appends the address it was reached from, as a proxy does: a made-up header cannot hide it', () => {
    expect(handedOn(undefined, '203.0.113.7')).toBe('203.0.113.7');
    expect(handedOn('1.2.3.4', '203.0.113.7')).toBe('1.2.3.4, 203.0.113.7');
    // Behind a proxy the router also trusts: the chain that proxy wrote, then the proxy itself.
    expect(handedOn('198.51.100.9', '10.0.0.2')).toBe('198.51.100.9, 10.0.0.2');
    expect(handedOn('', '203.0.113.7')).toBe('203.0.113.7');
    expect(handedOn('1.2.3.4', undefined)).toBe('1.2.3.4');
  });

  it('the router then sees the address the storefront saw (trusting the storefront, as TRUST_PROXY says)', async () => {
    // Express's own address logic, as the router runs it with TRUST_PROXY=loopback and the storefront on loopback.
    const { default: express } = await import('express');
    const app = express();
    app.set('trust proxy', 'loopback');
    app.get('/', (req, res) => void res.send(req.ip));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const ip = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': handedOn('1.2.3.4', '203.0.113.7')! } })).text();
      expect(ip).toBe('203.0.113.7');
    } finally {
      server.close();
    }
  });
});
