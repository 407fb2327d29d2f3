import pino, { type Logger } from 'pino';
import { traceFields } from './tracing';

export type { Logger };

/**
 * Paths that must never reach a log line: credentials, tokens and card data. pino replaces them with
 * "[redacted]" wherever they appear at these depths.
 */
const REDACT = [
  'password', 'newPassword', 'currentPassword', 'token', 'accessToken', 'refreshToken', 'authorization', 'cookie',
  'number', 'cardNumber', 'cvc', 'cvv', 'secret', 'privateKey',
].flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]).concat([
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-zero-context"]',
]);

/**
 * How errors are logged (the `err` key of every log line): drizzle puts a failed statement's parameters in its
 * message — guest cart ids, provider tokens — so everything from `params:` on is cut, in the causes too.
 */
export function loggableError(error: unknown): unknown {
  const strip = (text: string | undefined) => text?.split(/\nparams: /)[0];
  if (typeof error === 'string') return strip(error);
  // An error of another realm (a DOMException of an AbortSignal's timeout, under Jest) is no `instanceof Error`, and
  // its getters may throw when read: it is recognised by its shape, and logging never throws.
  const errorLike = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error && 'name' in error);
  if (!errorLike) return error;
  const read = (from: unknown, key: string): unknown => {
    try {
      return (from as Record<string, unknown> | undefined)?.[key];
    } catch {
      return undefined;
    }
  };
  const cause = read(error, 'cause');
  return {
    type: read(error, 'name'),
    message: strip(read(error, 'message') as string | undefined),
    stack: strip(read(error, 'stack') as string | undefined),
    code: read(error, 'code') ?? read(cause, 'code'),
    ...(cause ? { cause: loggableError(cause) } : {}),
  };
}

/**
 * Structured JSON logger for one service: to stdout, or appended to `file` when given. A line written inside a trace
 * carries its `traceId` and `spanId`.
 */
export function createLogger(service: string, level: string, file?: string): Logger {
  const destination = file ? pino.destination({ dest: file, append: true, sync: true, mkdir: true }) : undefined;
  return pino({
    name: service,
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: loggableError },
    base: { service },
    mixin: traceFields,
    timestamp: pino.stdTimeFunctions.isoTime,
  }, destination as pino.DestinationStream);
}
