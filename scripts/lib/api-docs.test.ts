import { buildSchema } from 'graphql';
import { accessRules, apiReference, undescribed } from './api-docs';

const schema = buildSchema(`
  "Reads."
  type Query {
    "A thing by id."
    thing(id: ID!): Thing
  }
  "Something."
  type Thing {
    "Opaque."
    id: ID!
    kind: Kind!
  }
  enum Kind {
    "Big."
    BIG
    SMALL
  }
  "Narrows."
  input Filter {
    "Text."
    text: String
    size: Int = 3
  }
  type Mutation {
    "Makes one."
    make("How." filter: Filter): Thing
  }
`);

describe('undescribed', () => {
  it('names every type, field, argument, enum value and input field without a description, and nothing built in', () => {
    expect(undescribed(schema).sort()).toEqual(['Filter.size', 'Kind', 'Kind.SMALL', 'Mutation', 'Query.thing(id:)', 'Thing.kind'].sort());
  });
});

describe('apiReference', () => {
  const access = accessRules(`
    type Query { thing(id: ID!): Thing @authenticated }
    type Mutation { make(filter: Filter): Thing @requiresScopes(scopes: [["ADMIN"]]) }
  `);
  const md = apiReference(schema, access);

  it('puts queries, then mutations, then types', () => {
    const at = (heading: string) => md.indexOf(`\n## ${heading}\n`);
    expect(at('Queries')).toBeGreaterThan(0);
    expect(at('Queries')).toBeLessThan(at('Mutations'));
    expect(at('Mutations')).toBeLessThan(at('Objects'));
    expect(at('Objects')).toBeLessThan(at('Inputs'));
    expect(at('Inputs')).toBeLessThan(at('Enums'));
  });

  it('shows descriptions, arguments, linked types, defaults and who may call', () => {
    expect(md).toContain('Returns [`Thing`](#thing) · **signed in**');
    expect(md).toContain('Returns [`Thing`](#thing) · **scope ADMIN**');
    expect(md).toContain('| `id` | `ID!` |  |');
    expect(md).toContain('| `filter` | [`Filter`](#filter) | How. |');
    expect(md).toContain('| `size` | `Int` `= 3` |  |');
    expect(md).toContain('| `BIG` | Big. |');
  });
});
