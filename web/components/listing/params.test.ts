import { describe, expect, test } from '@jest/globals';
import { hrefWith, readChoices, toVariables } from './params';

describe('listing choices from the URL', () => {
  test('price bounds the wrong way round are swapped, not an error', () => {
    const choices = readChoices({ min: '50', max: '10' });
    expect(choices).toMatchObject({ min: '10', max: '50' });
    expect(toVariables(choices).filter).toEqual({ minPrice: 1000, maxPrice: 5000 });
  });

  test('a bound that is not an amount is left out, of the query and of the links', () => {
    for (const bad of ['abc', '-5', '1e30', 'Infinity', ' ']) {
      const choices = readChoices({ min: bad, max: '20' });
      expect(choices.min).toBe('');
      expect(toVariables(choices).filter).toEqual({ maxPrice: 2000 });
      expect(hrefWith('/c/tops', choices, { stock: true })).toBe('/c/tops?max=20&stock=1');
    }
  });

  test('good bounds and cents', () => {
    expect(toVariables(readChoices({ min: '12.99', max: '' })).filter).toEqual({ minPrice: 1299 });
  });
});
