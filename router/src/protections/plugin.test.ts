import { parse, type OperationDefinitionNode } from 'graphql';
import { costEstimateKey } from './plugin';

const operation = parse('query Search($q: String!, $first: Int = 20) { search(query: $q, first: $first) { totalCount } }').definitions[0] as OperationDefinitionNode;
const key = (variables: Record<string, unknown>) => costEstimateKey('hash', 'Search', operation.variableDefinitions!, variables);

test('the cost-estimate key is a fixed-size digest of the declared variables only', () => {
  const plain = key({ q: 'lamp', first: 5 });
  // Undeclared variables, however large and however many, neither change the key nor grow it.
  expect(key({ q: 'lamp', first: 5, junk: 'x'.repeat(1_000_000) })).toBe(plain);
  expect(key({ q: 'lamp', first: 5, [`junk${Date.now()}`]: 1 })).toBe(plain);
  expect(plain).toMatch(/^[\w-]{43}$/);
  expect(key({ q: 'x'.repeat(1_000_000), first: 5 })).toHaveLength(43);
  // What the cost depends on still tells the keys apart: the values, and a variable left out (its default applies)
  // from one sent as null.
  expect(key({ q: 'lamp', first: 6 })).not.toBe(plain);
  expect(key({ q: 'lamp' })).not.toBe(key({ q: 'lamp', first: null }));
  expect(costEstimateKey('hash', 'Other', operation.variableDefinitions!, { q: 'lamp', first: 5 })).not.toBe(plain);
  expect(costEstimateKey('other', 'Search', operation.variableDefinitions!, { q: 'lamp', first: 5 })).not.toBe(plain);
});
