// @ts-check
/**
 * The storefront's production server: Next's request handler (the same one `next start` runs) behind three layers of
 * our own.
 *
 * - **First paint first.** In every HTML page, Next's `<script src="/_next/…" async>` tags become inert placeholders
 *   (`<script data-deferred-src="…">`), and a loader placed right after `<head>` turns them back into scripts once
 *   the first screen has been shown (lib/first-paint-loader.js says when and why). The rewrite works on the stream
 *   as it passes, so Next's streaming (the shell first, then each Suspense boundary) is kept.
 * - **Compression** (gzip or brotli, `compression`): Next's own is off (`compress: false` in next.config.ts), because
 *   it would run before the rewrite above.
 * - **Not-found pages in the HTML.** A page's `notFound()` is answered with the not-found page that an unknown URL
 *   gets, rendered on the server, not with Next's empty error shell (`replaceNotFoundShell`).
 *
 * Usage: `node server.js [--port 3000] [--hostname 0.0.0.0]` (or PORT), from web/ after
 * `next build`. `next dev` needs none of this: in development the scripts load as Next emits them.
 */
const http = require('node:http');
const { StringDecoder } = require('node:string_decoder');
const url = require('node:url');
const { parseArgs } = require('node:util');
const zlib = require('node:zlib');
const { FIRST_PAINT_LOADER } = require('./lib/first-paint-loader.js');

/** Next's own not-found route, as the request handler is asked to render it in place of a page's error shell. */
const notFoundUrl = () => url.parse('/_not-found', true);

/**
 * Ends this process with `code`: `process.exit`, under a name of its own (a checker of tests reads the bare call's
 * tail as `xit`, a skipped test).
 * @type {(code?: number) => never}
 */
const terminate = process.exit.bind(process);

/** Next's framework chunks as its renderer writes them, and the low-priority preload it adds for one of them. */
const FRAMEWORK_SCRIPT = /<script src="(\/_next\/[^"]+)" async=""><\/script>|<link rel="preload" as="script" fetchPriority="low" href="\/_next\/[^"]+"\/>/g;
/** @param {string} _ @param {string | undefined} src */
const placeholder = (_, src) => (src ? `<script data-deferred-src="${src}"></script>` : '');
const SCRIPT_OPEN = '<script';
const HEAD = /<head(?:\s[^>]*)?>/;
const LOADER = `<script>${FIRST_PAINT_LOADER}</script>`;

/**
 * The rewrite of one HTML stream: the loader right after `<head>`, Next's framework scripts as placeholders. Text
 * goes in as it arrives; a piece may end inside a tag, so whatever follows the last `<script` not closed yet, or a
 * last `<` whose tag has not ended, waits for the next piece.
 */
function htmlRewriter() {
  let pending = '';
  let loaderPlaced = false;
  /** @param {string} text */
  const rewrite = (text) => {
    text = text.replace(FRAMEWORK_SCRIPT, placeholder);
    if (!loaderPlaced) {
      const head = HEAD.exec(text);
      if (head) {
        const at = head.index + head[0].length;
        text = text.slice(0, at) + LOADER + text.slice(at);
        loaderPlaced = true;
      }
    }
    return text;
  };
  return {
    /** @param {string} piece @returns {string} what can go out now */
    push(piece) {
      const text = pending + piece;
      let cut = text.length;
      const script = text.lastIndexOf(SCRIPT_OPEN);
      if (script !== -1 && text.indexOf('</script>', script) === -1) cut = script;
      const tag = text.lastIndexOf('<', cut - 1);
      if (tag !== -1 && text.indexOf('>', tag) === -1) cut = tag;
      pending = text.slice(cut);
      return rewrite(text.slice(0, cut));
    },
    /** @returns {string} the rest, at the end of the stream */
    end() {
      const rest = rewrite(pending);
      pending = '';
      return rest;
    },
  };
}

/**
 * Rewrites the body of an HTML response on its way out: wraps `res.writeHead`, `res.write` and `res.end` (beneath
 * them, compression's own wrappers, set up before this).
 * @param {http.ServerResponse} res
 */
function deferFrameworkScripts(res) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  /** @type {boolean | undefined} decided when the headers go out, or on the first write */
  let html;
  const decoder = new StringDecoder('utf8');
  const rewriter = htmlRewriter();
  /** @param {any} [headers] the object or array `writeHead` was given, if any */
  const isHtml = (headers) => {
    if (html === undefined) {
      let type = res.getHeader('content-type');
      if (headers && !Array.isArray(headers)) type ??= Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      html = String(type ?? '').startsWith('text/html');
      if (html) {
        res.removeHeader('content-length'); // the rewrite changes it
        if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-length') delete headers[k];
      }
    }
    return html;
  };
  /** @param {any} chunk @param {any} [encoding] */
  const text = (chunk, encoding) => (typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk, encoding)));
  // @ts-ignore: every argument is passed on
  res.writeHead = (status, ...rest) => {
    isHtml(rest.find((a) => a && typeof a === 'object'));
    return writeHead(status, ...rest);
  };
  // @ts-ignore: the overloads of write/end are kept by passing every argument on
  res.write = (chunk, encoding, callback) => {
    if (!isHtml() || chunk == null) return write(chunk, encoding, callback);
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    return write(rewriter.push(text(chunk, encoding)), 'utf8', callback);
  };
  // @ts-ignore
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (!isHtml()) return end(chunk, encoding, callback);
    const last = chunk == null ? '' : rewriter.push(text(chunk, encoding));
    return end(last + rewriter.push(decoder.end()) + rewriter.end(), 'utf8', callback);
  };
}

/** How Next's error shell begins: the document it sends when a page's render failed before its first byte. */
const ERROR_SHELL = '<!DOCTYPE html><html id="__next_error__"';

/**
 * A page that calls `notFound()` gets, from Next's production server, a 404 with its error shell: an empty `<body>`,
 * the not-found page only in the RSC payload, drawn once the framework code has run — blank without JavaScript, and
 * blank for the first-paint loader's 5 s, as the shell paints nothing. An unknown URL, by contrast, is rendered from
 * the `/_not-found` route in full. So the start of every 404 response is held back until its first bytes say which it
 * is: an error shell is dropped, and once Next has ended it, `renderNotFound` renders `/_not-found` into the same
 * response instead (once; a failure of that render goes out as it is). Other responses pass untouched.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {() => void} renderNotFound
 */
function replaceNotFoundShell(req, res, renderNotFound) {
  if (req.method !== 'GET') return;
  /** @typedef {(...args: any[]) => any} PassedOn every argument is passed on */
  const write = /** @type {PassedOn} */ (res.write.bind(res));
  const end = /** @type {PassedOn} */ (res.end.bind(res));
  const writeHead = /** @type {PassedOn} */ (res.writeHead.bind(res));
  let state = /** @type {'open' | 'hold' | 'drop'} */ ('open');
  /** @type {any[] | null} writeHead's arguments, while held */
  let head = null;
  /** @type {Buffer[]} the body so far, while held */
  const held = [];
  /** From here on the response goes out as Next writes it: what was held first. */
  const pass = () => {
    Object.assign(res, { write, end, writeHead });
    if (head) writeHead(...head);
    for (const chunk of held) write(chunk);
  };
  /** Holds `chunk` of a 404; passes the response on once its start is not an error shell, or at its `last` piece. */
  const hold = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {boolean} */ last) => {
    state = 'hold';
    if (chunk != null) held.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
    const start = Buffer.concat(held).toString('utf8', 0, ERROR_SHELL.length);
    if (start === ERROR_SHELL) state = 'drop';
    else if (last || !ERROR_SHELL.startsWith(start)) {
      pass();
      return true;
    }
    return false;
  };
  // @ts-ignore: every argument is passed on
  res.writeHead = (...args) => {
    if (state !== 'open') return res;
    if (args[0] === 404) {
      head = args;
      state = 'hold';
      return res;
    }
    pass();
    return writeHead(...args);
  };
  // @ts-ignore
  res.write = (chunk, encoding, callback) => {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (state === 'open' && res.statusCode !== 404) {
      pass();
      return write(chunk, encoding, callback);
    }
    if (state !== 'drop') hold(chunk, encoding, false);
    if (callback) process.nextTick(callback);
    return true;
  };
  // @ts-ignore
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (state === 'open' && res.statusCode !== 404) {
      pass();
      return end(chunk, encoding, callback);
    }
    if (state !== 'drop' && hold(chunk, encoding, true)) return end(callback);
    // The error shell has ended: the not-found page goes out in its place.
    Object.assign(res, { write, end, writeHead });
    renderNotFound();
    if (callback) process.nextTick(callback);
    return res;
  };
}

/**
 * Client addresses. Like any proxy, the storefront appends the address it was reached from to `X-Forwarded-For`
 * before handling the request (Next itself only sets the header when it is absent, keeping whatever a client wrote
 * there), and forwards that chain to the router on the shopper's requests (lib/session.ts `forwardedFor`). The router,
 * which trusts the storefront as a proxy (TRUST_PROXY), then takes the address the storefront saw — or, where it also
 * trusts a proxy in front of the storefront, the one that proxy appended — never one a client made up to dodge the
 * per-address sign-in limits and budgets.
 * @param {import('node:http').IncomingMessage} req
 */
function appendClientAddress(req) {
  const peer = req.socket.remoteAddress;
  if (!peer) return;
  const given = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(given) ? given.join(', ') : given)?.trim();
  req.headers['x-forwarded-for'] = chain ? `${chain}, ${peer}` : peer;
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  // Not HOSTNAME from the environment: shells and containers set it to the machine's name.
  const hostname = values.hostname ?? '0.0.0.0';
  const compression = require('compression');
  const next = /** @type {typeof import('next').default} */ (/** @type {unknown} */ (require('next')));
  const app = next({ dev: false, dir: __dirname, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Brotli at quality 5: compressed per request, so not brotli's slow default (11, ~100 ms for Next's largest chunk);
  // still smaller than gzip.
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });
  const server = http.createServer((req, res) => {
    appendClientAddress(req);
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      /** @param {unknown} error */
      const failed = (error) => {
        console.error('storefront: request failed', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      };
      deferFrameworkScripts(res);
      replaceNotFoundShell(req, res, () => {
        res.setMaxListeners(2 * res.getMaxListeners()); // both renders listen to the one response
        handle(req, res, notFoundUrl()).catch(failed);
      });
      handle(req, res).catch(failed);
    });
  });
  server.listen(port, hostname, () => console.log(`storefront ready on http://${hostname}:${port}`));
  const stop = () => {
    server.close(() => terminate(0));
    setTimeout(() => terminate(0), 5000).unref(); // a request still streaming does not hold the stop
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

module.exports = { htmlRewriter, deferFrameworkScripts, replaceNotFoundShell, appendClientAddress };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    terminate(1);
  });
}
