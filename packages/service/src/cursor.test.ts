import { decodeTimeIdCursor, encodeTimeIdCursor, isIsoTimestamp } from './cursor';

const ID = '00000000-0000-4000-8000-000000000000';
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('a cursor decodes to the position it was written from', () => {
  const at = new Date('2026-11-27T15:20:01.123Z');
  expect(decodeTimeIdCursor(encodeTimeIdCursor(at, ID))).toEqual({ at, id: ID });
});

test('only what the platform writes passes: never a date PostgreSQL cannot hold, nor anything else', () => {
  for (const at of ['-001000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '2026-02-30T00:00:00.000Z', '2026-11-27T24:00:00.000Z', '2026-11-27', 'March 7', '2026-11-27T15:20:01Z', 1_700_000_000_000]) {
    expect(decodeTimeIdCursor(forge([at, ID]))).toBeNull();
  }
  expect(decodeTimeIdCursor(forge(['2026-11-27T15:20:01.123Z', 'not-an-id']))).toBeNull();
  expect(decodeTimeIdCursor(forge(['2026-11-27T15:20:01.123Z', ID, 'more']))).toBeNull();
  expect(decodeTimeIdCursor(forge({ at: '2026-11-27T15:20:01.123Z', id: ID }))).toBeNull();
  expect(decodeTimeIdCursor('garbage')).toBeNull();
  expect(isIsoTimestamp('0001-01-01T00:00:00.000Z')).toBe(true);
  expect(isIsoTimestamp('9999-12-31T23:59:59.999Z')).toBe(true);
});
