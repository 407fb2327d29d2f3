import { describe, expect, test } from '@jest/globals';
import { announcementProblems, apiClientNameProblem } from './input-limits';

describe('an API client’s name, as the auth subgraph takes it', () => {
  test('1–100 characters once trimmed', () => {
    expect(apiClientNameProblem('  Acme Outfitters ')).toBeNull();
    expect(apiClientNameProblem('x'.repeat(100))).toBeNull();
    expect(apiClientNameProblem('   ')).toBe('Enter a name for the API client, e.g. the partner’s.');
    expect(apiClientNameProblem('x'.repeat(101))).toBe('The name must be at most 100 characters (it has 101).');
  });

  test('no control characters, line breaks or bidirectional overrides', () => {
    for (const name of ['Acme\tShop', 'Acme\nShop', 'Acme\u0007', 'Acme \u202Egnp.exe']) {
      expect(apiClientNameProblem(name)).toBe('The name must not contain control characters or line breaks.');
    }
  });
});

describe('an announcement, as the notifications subgraph takes it', () => {
  const good = { title: 'Winter sale', body: 'Everything is 20% off.\n\nUntil Sunday.', channels: ['EMAIL', 'IN_APP'] };

  test('a title and a text within their limits, and a channel', () => {
    expect(announcementProblems(good)).toEqual({});
    expect(announcementProblems({ ...good, title: 'x'.repeat(200), body: 'y'.repeat(10_000) })).toEqual({});
    expect(announcementProblems({ ...good, body: 'Tabs\tand\r\nline breaks are text' })).toEqual({});
  });

  test('each field at fault has its own message', () => {
    expect(announcementProblems({ title: ' ', body: '', channels: [] })).toEqual({
      title: 'Enter a title.',
      body: 'Enter the text of the announcement.',
      channels: 'Choose at least one channel.',
    });
    expect(announcementProblems({ ...good, title: 'x'.repeat(201), body: 'y'.repeat(10_001) })).toEqual({
      title: 'The title must be at most 200 characters (it has 201).',
      body: 'The text must be at most 10,000 characters (it has 10,001).',
    });
  });

  test('the title is a single line (the email’s subject); the text may break lines but holds no control characters', () => {
    expect(announcementProblems({ ...good, title: 'Sale\r\nBcc: everyone@example.com' }).title).toBe('The title must not contain control characters, tabs or line breaks.');
    expect(announcementProblems({ ...good, title: 'Sale\u2066' }).title).toBeDefined();
    expect(announcementProblems({ ...good, body: 'Bell\u0007' }).body).toBe('The text must not contain control characters (line breaks and tabs are fine).');
  });
});
