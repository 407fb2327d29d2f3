import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { ConfigError, parseConfig, port } from './config';
import { resolveDatabaseTarget } from './db';
import { InternalCredentials } from './identity';
import { createLogger, loggableError } from './logger';
import { maskError } from './subgraph';

describe('parseConfig', () => {
  const schema = z.object({ PORT: port(8001), SECRET: z.string().min(32, 'must be at least 32 characters') });

  test('applies defaults and coerces', () => {
    expect(parseConfig('auth', schema, { SECRET: 'x'.repeat(32), PORT: '9000' })).toEqual({ PORT: 9000, SECRET: 'x'.repeat(32) });
  });

  test('names every bad variable at once', () => {
    try {
      parseConfig('auth', schema, { PORT: 'eighty' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^PORT: /), expect.stringMatching(/^SECRET: /)]);
    }
  });
});

describe('resolveDatabaseTarget', () => {
  test('embedded by default, one folder per subgraph', () => {
    expect(resolveDatabaseTarget('auth', { DATA_DIR: '/tmp/d' })).toEqual({ kind: 'pglite', dataDir: '/tmp/d/auth' });
  });
  test('DATABASE_URL names the server; each subgraph gets its own database', () => {
    expect(resolveDatabaseTarget('users', { DATABASE_URL: 'postgres://u:p@db:5432' })).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/zero_users' });
  });
  test('<NAME>_DATABASE_URL overrides one subgraph', () => {
    const env = { DATABASE_URL: 'postgres://db:5432', AUTH_DATABASE_URL: 'postgres://other/accounts' };
    expect(resolveDatabaseTarget('auth', env)).toEqual({ kind: 'postgres', url: 'postgres://other/accounts' });
    expect(resolveDatabaseTarget('users', env)).toEqual({ kind: 'postgres', url: 'postgres://db:5432/zero_users' });
  });
  test('memory:// and bad schemes', () => {
    expect(resolveDatabaseTarget('auth', { DATABASE_URL: 'memory://' })).toEqual({ kind: 'pglite', dataDir: null });
    expect(() => resolveDatabaseTarget('auth', { DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('InternalCredentials', () => {
  test('round-trips the caller and refuses other secrets and garbage', async () => {
    const credentials = new InternalCredentials('s'.repeat(32));
    const token = await credentials.sign({ issuer: 'router', viewer: { id: 'u1', roles: ['ADMIN'] }, ip: '127.0.0.1' });
    expect(await credentials.verify(token)).toEqual({ issuer: 'router', viewer: { id: 'u1', roles: ['ADMIN'] }, ip: '127.0.0.1' });
    expect(await new InternalCredentials('t'.repeat(32)).verify(token)).toBeNull();
    expect(await credentials.verify('garbage')).toBeNull();
    expect(await credentials.verify(undefined)).toBeNull();
  });

  test('shared credentials are reused for the same caller only, and renewed after half their validity', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const credentials = new InternalCredentials('s'.repeat(32), 60, 2);
      const shopper = { issuer: 'router', viewer: { id: 'u1', roles: ['CUSTOMER' as const] }, ip: '10.0.0.1' };
      const first = await credentials.shared(shopper);
      expect(await credentials.shared({ ...shopper, viewer: { ...shopper.viewer } })).toBe(first);
      expect(await credentials.verify(first)).toEqual(shopper);
      // Anything the credential says makes another caller: roles, address, viewer, issuer.
      const others = [
        { ...shopper, viewer: { id: 'u1', roles: ['CUSTOMER' as const, 'ADMIN' as const] } },
        { ...shopper, ip: '10.0.0.2' },
        { ...shopper, viewer: null },
        { ...shopper, issuer: 'service:orders' },
      ];
      for (const other of others) {
        const token = await credentials.shared(other);
        expect(token).not.toBe(first);
        expect(await credentials.verify(token)).toEqual(other);
      }
      // At most two callers are kept: the shopper's was evicted, so it is signed anew (a second later: another token).
      jest.advanceTimersByTime(1000);
      const again = await credentials.shared(shopper);
      expect(again).not.toBe(first);
      // Renewed once half the TTL has passed, never handed out closer to its expiry.
      jest.advanceTimersByTime(29_000);
      expect(await credentials.shared(shopper)).toBe(again);
      jest.advanceTimersByTime(1_000);
      const renewed = await credentials.shared(shopper);
      expect(renewed).not.toBe(again);
      expect(await credentials.verify(renewed)).toEqual(shopper);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('maskError', () => {
  const logger = createLogger('test', 'silent');
  test('unexpected errors become a bare "Internal server error"', () => {
    const formatted = { message: 'relation "users" does not exist at 10.0.0.5', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } };
    expect(maskError(formatted, new Error('boom'), logger)).toEqual({ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
  test('expected errors keep their message and code, without a stack', () => {
    const formatted = { message: 'Sign in', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['…'] } };
    expect(maskError(formatted, new GraphQLError('Sign in'), logger)).toEqual({ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('loggableError', () => {
  test('never carries SQL parameters', async () => {
    const error = new Error('Failed query: select * from carts where id = $1\nparams: SECRET-CART-ID', { cause: new Error('boom\nparams: TOKEN') });
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toMatch(/Failed query/);
    expect(logged).not.toMatch(/SECRET-CART-ID|TOKEN/);
    expect(loggableError('x\nparams: y')).toBe('x');
  });

  test('never throws, even on an error whose getters do (a DOMException from another realm)', () => {
    const error = new Error('boom');
    Object.defineProperty(error, 'code', { get: () => { throw new TypeError('Value of "this" must be of DOMException'); } });
    expect(loggableError(error)).toMatchObject({ type: 'Error', message: 'boom', code: undefined });
    expect(loggableError(new DOMException('The operation timed out', 'TimeoutError'))).toMatchObject({ type: 'TimeoutError', message: 'The operation timed out' });
  });
});
