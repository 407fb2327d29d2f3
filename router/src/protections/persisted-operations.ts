import type { Request } from 'express';
import { LRUCache } from 'lru-cache';
import type { OperationMode } from '../config';
import { normalizeBody, type OperationList } from '../partners';

/** The parts of a GraphQL HTTP request that persisted operations concern, from a POST body or GET parameters. */
interface GraphQLParams {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null;
}

/** Why a request is refused: the contract's code, and the HTTP status it is answered with. */
export class OperationRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function paramsOf(req: Request): GraphQLParams {
  if (req.method === 'GET') {
    const raw = typeof req.query.extensions === 'string' ? req.query.extensions : undefined;
    let extensions: GraphQLParams['extensions'] = null;
    if (raw) {
      try {
        extensions = JSON.parse(raw) as GraphQLParams['extensions'];
      } catch {
        extensions = null; // Apollo answers malformed extensions itself
      }
    }
    return { query: req.query.query, extensions };
  }
  return (req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {}) as GraphQLParams;
}

/** Normalized bodies of recent freeform documents (a storefront sends the same few again and again). */
const normalizedBodies = new LRUCache<string, string | false>({ maxSize: 8 * 1024 * 1024, sizeCalculation: (_v, key) => key.length + 1 });

function normalizedOf(query: string): string | null {
  const cached = normalizedBodies.get(query);
  if (cached !== undefined) return cached || null;
  const normalized = normalizeBody(query);
  if (query.length < 64 * 1024) normalizedBodies.set(query, normalized ?? false);
  return normalized;
}

/** Puts the listed body into the request Apollo Server will read: the JSON body, or the GET query string. */
function supplyBody(req: Request, body: string): void {
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://router');
    url.searchParams.set('query', body);
    req.url = `${url.pathname}${url.search}`;
  } else {
    (req.body as GraphQLParams).query = body;
  }
}

/**
 * Applies a client's operation list before Apollo Server sees the request (so nothing unlisted is parsed, planned
 * or cached), in one of Apollo's three modes:
 * - `freeform`: anything; a listed id runs its listed body, an unlisted id is an automatic persisted query.
 * - `safelist`: listed ids, or freeform documents equal to a listed operation (ignoring insignificant characters).
 * - `ids-only`: listed ids only.
 * A listed id's body is supplied from the list, so `{ extensions: { persistedQuery } }` alone runs it, by POST or GET.
 */
export function applyOperationList(req: Request, mode: OperationMode, list: OperationList | null): void {
  const params = paramsOf(req);
  const hash = params.extensions?.persistedQuery?.sha256Hash;
  if (typeof hash === 'string') {
    const listed = list?.byId.get(hash);
    if (listed) return supplyBody(req, listed.body);
    if (mode === 'freeform') return; // automatic persisted queries
    throw new OperationRefused('PERSISTED_QUERY_NOT_IN_LIST', 'This operation id is not in your published operation list');
  }
  if (mode === 'freeform') return;
  if (mode === 'ids-only') {
    throw new OperationRefused('PERSISTED_QUERY_ID_REQUIRED', 'Send the id of a listed operation (extensions.persistedQuery.sha256Hash), not a document');
  }
  const normalized = typeof params.query === 'string' ? normalizedOf(params.query) : null;
  if (normalized === null || !list?.bodies.has(normalized)) {
    throw new OperationRefused('QUERY_NOT_IN_SAFELIST', 'This document is not in the published operation list');
  }
}
