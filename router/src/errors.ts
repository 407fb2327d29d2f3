import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentTraceId, redactVariableValues, type Logger } from '@zero/service';

/** Codes that say the client got something wrong: answered with HTTP 400 when nothing ran. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_IN_LIST', 'QUERY_NOT_IN_SAFELIST',
  'PERSISTED_QUERY_ID_REQUIRED', 'COST_ESTIMATED_TOO_EXPENSIVE',
]);

/** Error codes a client may see with their message in production; anything else is masked. */
const PUBLIC_CODES = new Set([
  ...CLIENT_ERROR_CODES, 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE',
]);

/**
 * Formats every error the router answers with. Transport details never leave: no `extensions.response` (a
 * subgraph's URL and status), no `serviceName`, no stack outside development. In production anything unexpected
 * — or that names a host — is masked and logged. An internal error carries the request's trace id (`traceId`), which
 * finds its spans and log lines in every service (a subgraph's own trace id, if it sent one, is the same).
 */
export function formatRouterError(formatted: GraphQLFormattedError, production: boolean, logger: Logger, error?: unknown): GraphQLFormattedError {
  if (isUncodedClientError(error)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'BAD_USER_INPUT') formatted = { ...formatted, message: redactVariableValues(formatted.message) };
  const { stacktrace: _s, serviceName: _n, exception: _e, response: _r, traceId: _t, ...extensions } = formatted.extensions ?? {};
  const traceId = code === 'INTERNAL_SERVER_ERROR' ? currentTraceId() : undefined;
  const trace = traceId ? { traceId } : {};
  // Development shows stacks of unexpected errors only; expected ones (with a code) never carry one.
  if (!production) return code === 'INTERNAL_SERVER_ERROR' ? { ...formatted, extensions: { ...extensions, ...trace, stacktrace: _s } } : { ...formatted, extensions };
  // Subgraphs' own user-facing codes pass through; the router masks anything unexpected (it may name hosts).
  if (PUBLIC_CODES.has(code) || (code !== 'INTERNAL_SERVER_ERROR' && !/https?:\/\/|ECONN|ENOTFOUND/.test(formatted.message))) {
    return { ...formatted, extensions };
  }
  logger.error({ error: formatted }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...trace } };
}

/**
 * An error Apollo Server raises about the request itself with an HTTP 4xx status but no code — a persisted query's
 * hash that does not match its text, an unsupported persisted query version — which it would report as an
 * `INTERNAL_SERVER_ERROR`: the client's mistake, answered as `BAD_REQUEST` with its message.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * An error as plain data for the logger. Some errors cannot be walked by the logger's redaction — a `DOMException`
 * (what `AbortSignal.timeout` throws) has getters that throw when read off a copy — and a log call must never throw:
 * in a timer's catch block that is an unhandled rejection.
 */
export function loggable(error: unknown): { name: string; message: string; code?: unknown; stack?: string } | unknown {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return error;
  const { name, message, stack } = error as Error;
  const code = (error as { code?: unknown }).code;
  return { name, message, ...(code !== undefined ? { code } : {}), ...(stack ? { stack } : {}) };
}
