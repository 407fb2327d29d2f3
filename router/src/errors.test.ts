import os from 'node:os';
import { createLogger } from '@zero/service';
import { loggable } from './errors';

test('an aborted fetch’s DOMException is logged as plain data, without throwing', () => {
  const logger = createLogger('test', 'warn', os.devNull);
  const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
  expect(() => logger.warn({ err: loggable(timeout) }, 'could not refresh')).not.toThrow();
  expect(loggable(timeout)).toMatchObject({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' });
  expect(loggable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toMatchObject({ message: 'refused', code: 'ECONNREFUSED' });
  expect(loggable('text')).toBe('text');
});
