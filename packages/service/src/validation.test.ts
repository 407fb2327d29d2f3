import { hasControlCharacters, isCountryCode, isE164Phone } from './validation';

describe('shared value checks', () => {
  test('control characters, line breaks and bidirectional overrides are told apart from typed text', () => {
    for (const typed of ['Ada Lovelace', 'Zoë Ñúñez-O’Brien', '東京都', 'Ελλάδα', '🙂 smile', 'a — b']) expect(hasControlCharacters(typed)).toBe(false);
    for (const bad of ['a\u0000b', 'bell\u0007', 'esc\u001b[31m', 'del\u007f', 'c1\u0085', '\u202eexe.txt', 'iso\u2066late']) expect(hasControlCharacters(bad)).toBe(true);
    expect(hasControlCharacters('two\nlines')).toBe(true);
    expect(hasControlCharacters('tab\there')).toBe(true);
    expect(hasControlCharacters('two\r\nlines\tand a tab', { multiline: true })).toBe(false);
    expect(hasControlCharacters('two\nlines\u0007', { multiline: true })).toBe(true);
  });

  test('country codes and phone numbers', () => {
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isE164Phone('+14155550123')).toBe(true);
    expect(isE164Phone('555-1234')).toBe(false);
  });
});
