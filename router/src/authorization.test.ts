import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '@zero/service';
import { authorize, type AuthorizationRules } from './authorization';

const schema = buildSchema(`
  type Query { products: [Product!]! me: User orders: [Order!]! }
  type Product { id: ID! name: String! cost: Int! }
  type User { id: ID! email: String! }
  type Order { id: ID! total: Int! }
`);

const rules: AuthorizationRules = new Map([
  ['Query.me', { authenticated: true, scopes: [] }],
  ['User', { authenticated: true, scopes: [] }],
  ['Product.cost', { authenticated: true, scopes: [['ADMIN']] }],
  ['Query.orders', { authenticated: true, scopes: [['ADMIN'], ['SUPPORT', 'ORDERS']] }],
]);

const viewer = (...roles: string[]) => ({ id: 'u1', roles }) as unknown as Viewer;

const document = parse(`
  query Storefront { products { id name } }
  query Account { me { ...Me } products { ...Costs } }
  query Back { orders { id } }
  fragment Me on User { id email }
  fragment Costs on Product { cost }
`);
const operation = (name: string) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name)!;

describe('authorize', () => {
  it('lets anyone run an operation that reaches no rule, whatever else the document holds', () => {
    expect(authorize(schema, document, operation('Storefront'), rules, null)).toBeNull();
  });

  it('asks an anonymous caller to sign in, naming what needs it in the order the operation reaches it (fragments too)', () => {
    const error = authorize(schema, document, operation('Account'), rules, null);
    expect(error?.extensions.code).toBe('UNAUTHENTICATED');
    expect(error?.message).toBe('Sign in to read Query.me, User, Product.cost');
  });

  it('refuses a signed-in caller a field whose scopes they lack, and allows it with any one set of them', () => {
    const forbidden = authorize(schema, document, operation('Account'), rules, viewer('CUSTOMER'));
    expect(forbidden?.extensions.code).toBe('FORBIDDEN');
    expect(forbidden?.message).toBe('Your role does not allow Product.cost');
    expect(authorize(schema, document, operation('Account'), rules, viewer('ADMIN'))).toBeNull();
    expect(authorize(schema, document, operation('Back'), rules, viewer('SUPPORT'))?.extensions.code).toBe('FORBIDDEN');
    expect(authorize(schema, document, operation('Back'), rules, viewer('SUPPORT', 'ORDERS'))).toBeNull();
  });

  it('answers each caller on its own when the same parsed document comes again, and follows new rules', () => {
    for (let i = 0; i < 3; i++) {
      expect(authorize(schema, document, operation('Account'), rules, null)?.extensions.code).toBe('UNAUTHENTICATED');
      expect(authorize(schema, document, operation('Account'), rules, viewer('ADMIN'))).toBeNull();
    }
    const relaxed: AuthorizationRules = new Map([...rules].filter(([coordinate]) => coordinate !== 'Product.cost'));
    expect(authorize(schema, document, operation('Account'), relaxed, viewer('CUSTOMER'))).toBeNull();
    expect(authorize(schema, document, operation('Account'), rules, viewer('CUSTOMER'))?.extensions.code).toBe('FORBIDDEN');
  });
});
