import pino, { type Logger } from 'pino';

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

/** Structured JSON logger for one service: to stdout, or appended to `file` when given. */
export function createLogger(service: string, level: string, file?: string): Logger {
  const destination = file ? pino.destination({ dest: file, append: true, sync: true, mkdir: true }) : undefined;
  return pino({
    name: service,
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  }, destination as pino.DestinationStream);
}
