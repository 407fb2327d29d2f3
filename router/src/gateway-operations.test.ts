import { buildSchema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { rememberGatewayOperations } from './gateway-operations';

// The gateway calls federation-internals through its index, as here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const internals = require('@apollo/federation-internals') as typeof import('@apollo/federation-internals');

const schema = buildSchema(`
  type Query { product(id: ID!): Product products: [Product!]! }
  type Product { id: ID! name: String! price: Int! }
`);

describe('rememberGatewayOperations', () => {
  beforeAll(() => rememberGatewayOperations());

  it("converts an operation once per schema and parsed operation for the gateway's execution call", () => {
    const document = parse('query P($id: ID!) { product(id: $id) { ...F } } fragment F on Product { id name }');
    const forExecution = () => internals.operationFromDocument(schema, { kind: document.kind, definitions: [...document.definitions] }, { validate: false });
    const first = forExecution();
    expect(forExecution()).toBe(first);
    expect(first.toString()).toContain('product(id: $id)');
    // Another parse of the same text is another document: converted anew (and both stay right).
    const again = internals.operationFromDocument(schema, parse('query P($id: ID!) { product(id: $id) { ...F } } fragment F on Product { id name }'), { validate: false });
    expect(again).not.toBe(first);
    expect(again.toString()).toBe(first.toString());
  });

  it('leaves every other call alone: validating ones, named operations, another schema', () => {
    const document = parse('{ products { id price } }');
    const validated = internals.operationFromDocument(schema, document);
    expect(internals.operationFromDocument(schema, document)).not.toBe(validated);
    const named = internals.operationFromDocument(schema, document, { validate: false, operationName: undefined });
    expect(internals.operationFromDocument(schema, document, { validate: false })).toBe(named);
    const otherSchema = buildSchema('type Query { products: [P!]! } type P { id: ID! price: Int! }');
    expect(internals.operationFromDocument(otherSchema, document, { validate: false })).not.toBe(named);
  });

  it('is installed once however often it is called', () => {
    const installed = internals.operationFromDocument;
    rememberGatewayOperations();
    expect(internals.operationFromDocument).toBe(installed);
  });
});
