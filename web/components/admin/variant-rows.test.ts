import { describe, expect, test } from '@jest/globals';
import { listedValue, optionsWithChoices, optionValueProblem, sameChoice, skuKey, skuProblem, titleProblem } from './variant-rows';

describe('a new variant’s SKU, as VariantInput documents it', () => {
  const none = new Set<string>();
  test('1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit', () => {
    for (const sku of ['A', 'QP-1.blk_2', `  ${'x'.repeat(64)} `]) expect(skuProblem(sku, none)).toBeNull();
    expect(skuProblem('  ', none)).toBe('Enter a SKU.');
    for (const sku of ['has space', 'ünïcode', '-leading', '.dot', 'x'.repeat(65), 'a/b']) {
      expect(skuProblem(sku, none)).toMatch(/^The SKU must be 1–64 letters, digits, dots, dashes or underscores/);
    }
  });

  test('not one the form holds already, regardless of case', () => {
    const taken = new Set([skuKey('QP-BLK')]);
    expect(skuProblem('qp-blk', taken)).toBe('Another variant in this form has this SKU (SKUs are compared regardless of case).');
    expect(skuProblem('QP-RED', taken)).toBeNull();
  });
});

describe('titles and option values', () => {
  test('a title may be blank, is at most 200 characters and one line', () => {
    expect(titleProblem('  ')).toBeNull();
    expect(titleProblem('x'.repeat(201))).toBe('The title must be at most 200 characters (it has 201).');
    expect(titleProblem('Red\tInk')).toMatch(/control characters/);
  });

  test('an option value is required, 1–50 characters', () => {
    expect(optionValueProblem('Colour', ' Red ')).toBeNull();
    expect(optionValueProblem('Colour', ' ')).toBe('Enter a value for Colour.');
    expect(optionValueProblem('Colour', 'x'.repeat(51))).toBe('Colour must be at most 50 characters (it has 51).');
  });
});

describe('options for the new variants', () => {
  const options = [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Colour', values: ['Navy', 'Grey', 'Unused'] },
  ];

  test('a value listed regardless of case takes the listed spelling (the catalog holds each value once)', () => {
    expect(listedValue(options[1]!, ' navy ')).toBe('Navy');
    expect(listedValue(options[1]!, ' Teal ')).toBe('Teal');
  });

  test('nothing to send when every chosen value is listed', () => {
    expect(optionsWithChoices(options, [['M', 'Grey']])).toBeNull();
    expect(optionsWithChoices([], [[]])).toBeNull();
  });

  test('new values are appended, once, to the options as they are (order and unused values kept)', () => {
    expect(optionsWithChoices(options, [['L', 'Navy'], ['L', 'Teal'], ['S', 'teal']])).toEqual([
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Colour', values: ['Navy', 'Grey', 'Unused', 'Teal'] },
    ]);
  });

  test('two variants choosing the same values, regardless of case and order, are one combination', () => {
    const a = [{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Navy' }];
    expect(sameChoice(a, [{ name: 'colour', value: 'navy ' }, { name: 'Size', value: 'm' }])).toBe(true);
    expect(sameChoice(a, [{ name: 'Size', value: 'L' }, { name: 'Colour', value: 'Navy' }])).toBe(false);
  });
});
