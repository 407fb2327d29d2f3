import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { DemandControl } from './cost';

/**
 * The worked examples of Apollo's documentation are the cases: "Demand Control"
 * (https://www.apollographql.com/docs/graphos/routing/security/demand-control, "Calculating cost") and the `@cost` /
 * `@listSize` reference (https://www.apollographql.com/docs/graphos/reference/federation/directives, "Customizing
 * demand controls"). Each schema is composed into a supergraph as the router sees one; the API schema is built the
 * way the router builds it.
 */

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@cost", "@listSize"])';

interface Graph {
  sdl: string;
  schema: GraphQLSchema;
  control: DemandControl;
  estimate(query: string, variables?: Record<string, unknown>, operationName?: string): number;
  actual(query: string, data: unknown, variables?: Record<string, unknown>): number;
}

function supergraph(subgraphs: Record<string, string>, defaultListSize = 10): Graph {
  const result = composeServices(
    Object.entries(subgraphs).map(([name, typeDefs]) => ({ name, url: `http://${name}`, typeDefs: parse(`${LINK}\n${typeDefs}`) })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return graph(result.supergraphSdl, defaultListSize);
}

function graph(sdl: string, defaultListSize = 10, costSdl = sdl): Graph {
  const schema = Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
  const control = DemandControl.fromSupergraph(costSdl, { defaultListSize });
  const document = (query: string) => {
    const parsed = parse(query);
    const errors = validate(schema, parsed);
    if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
    return parsed;
  };
  return {
    sdl,
    schema,
    control,
    estimate: (query, variables = {}, operationName) => control.estimate(schema, document(query), operationName ?? null, variables),
    actual: (query, data, variables = {}) => control.actual(schema, document(query), null, variables, data),
  };
}

/** A supergraph whose `field` gets a `@listSize` that composition 2.14 does not accept yet, added after composing. */
function withListSize(typeDefs: string, field: string, listSize: string): Graph {
  // Another @listSize makes composition link the cost spec.
  const { sdl } = supergraph({ books: `${typeDefs} extend type Query { unrelated: [Int] @listSize(assumedSize: 1) }` });
  if (!sdl.includes(field)) throw new Error(`${field} is not in the supergraph`);
  return graph(sdl, 10, sdl.replace(field, `${field} ${listSize}`));
}

// The documentation's book schema, step by step.
const BOOKS = `
  type Book { title: String author: Author publisher: Publisher }
  type Author { name: String }
  type Publisher { name: String address: Address }
`;
const BOOK_QUERY = `query BookQuery { book(id: 1) { title author { name } publisher { name address { zipCode } } } }`;
const BOOK_FIELDS = `title author { name } publisher { name address { zipCode } }`;

describe('Apollo demand control documentation: worked examples', () => {
  test('default weights: BookQuery costs 4', () => {
    const g = supergraph({ books: `type Query { book(id: ID): Book } ${BOOKS} type Address { zipCode: Int! }` });
    // 1 Query (0) + 1 book (1) + 1 author (1) + 1 publisher (1) + 1 address (1)
    expect(g.estimate(BOOK_QUERY)).toBe(4);
  });

  test('@cost(weight: 5) on Address raises BookQuery from 4 to 8', () => {
    const g = supergraph({ books: `type Query { book(id: ID): Book } ${BOOKS} type Address @cost(weight: 5) { zipCode: Int! }` });
    expect(g.estimate(BOOK_QUERY)).toBe(8);
  });

  describe('list fields', () => {
    const g = supergraph({
      books: `
        type Query {
          book(id: ID): Book
          bestsellers: [Book] @listSize(assumedSize: 5)
          newestAdditions(after: ID, limit: Int!): [Book] @listSize(slicingArguments: ["limit"])
        }
        ${BOOKS}
        type Address @cost(weight: 5) { zipCode: Int! }`,
    });

    test('bestsellers with assumedSize 5 costs 40', () => {
      // 5 books × (book 1 + author 1 + publisher 1 + address 5)
      expect(g.estimate(`query BestsellersQuery { bestsellers { ${BOOK_FIELDS} } }`)).toBe(40);
    });

    test('newestAdditions(limit: 3) costs 24, limit 7 costs 56', () => {
      expect(g.estimate(`query NewestAdditions { newestAdditions(limit: 3) { ${BOOK_FIELDS} } }`)).toBe(24);
      expect(g.estimate(`query NewestAdditions { newestAdditions(limit: 7) { ${BOOK_FIELDS} } }`)).toBe(56);
    });

    test('the slicing argument may come from a variable, or from the variable default', () => {
      const query = `query NewestAdditions($limit: Int! = 3) { newestAdditions(limit: $limit) { ${BOOK_FIELDS} } }`;
      expect(g.estimate(query, { limit: 7 })).toBe(56);
      expect(g.estimate(query)).toBe(24);
    });
  });

  test('nested slicing argument paths: search(input: { pagination: { first: 10 } }) is sized 10', () => {
    // Composition 2.14 does not accept dotted paths yet (the router reads them since 2.12): the directive is added to
    // the composed supergraph.
    const g = withListSize(
      `
        input PaginationInput { first: Int after: String }
        input SearchInput { pagination: PaginationInput query: String }
        type Query { search(input: SearchInput!): [Book] }
        type Book { title: String }`,
      'search(input: SearchInput!): [Book]',
      '@listSize(slicingArguments: ["input.pagination.first"], requireOneSlicingArgument: true)',
    );
    // 10 books (1 each) + the argument's two input objects (1 each: the router's rule for input objects).
    expect(g.estimate(`{ search(input: { pagination: { first: 10 }, query: "fiction" }) { title } }`)).toBe(12);
    expect(g.estimate(`query ($input: SearchInput!) { search(input: $input) { title } }`, { input: { pagination: { first: 10 }, query: 'fiction' } })).toBe(12);
    // Without the one slicing argument it requires, the router refuses the operation.
    const document = parse(`{ search(input: { query: "fiction" }) { title } }`);
    const result = g.control.estimateWithErrors(g.schema, document, null, {});
    expect(result.cost).toBe(Infinity);
    expect(result.errors).toEqual([expect.stringContaining('Query.search needs exactly one of its slicing arguments (input.pagination.first)')]);
  });

  test('sizedFields: page takes the slicing argument, recent the default list size', () => {
    const g = supergraph(
      {
        books: `
          type Query {
            container(first: Int): ResultContainer @listSize(slicingArguments: ["first"], sizedFields: ["page"], requireOneSlicingArgument: false)
          }
          type ResultContainer { page: [Book] recent: [Book] metadata: String }
          type Book { title: String }`,
      },
      10,
    );
    // container 1 + page 5 × 1 + recent 10 (default) × 1 + metadata 0 (a scalar: the cost table's 0; the page's
    // comment "cost is 1" for metadata contradicts its own table and the router, which score scalars 0).
    expect(g.estimate(`{ container(first: 5) { page { title } recent { title } metadata } }`)).toBe(16);
    // No slicing argument given (allowed): no size for page either, so the default applies.
    expect(g.estimate(`{ container { page { title } } }`)).toBe(11);
  });

  test('sizedFields with a nested path: "results { page }"', () => {
    const g = withListSize(
      `
        type Query { deepContainer(first: Int): DeepContainer }
        type DeepContainer { results: ResultContainer }
        type ResultContainer { page: [Book] }
        type Book { title: String }`,
      'deepContainer(first: Int): DeepContainer',
      '@listSize(slicingArguments: ["first"], sizedFields: ["results { page }"], requireOneSlicingArgument: false)',
    );
    // deepContainer 1 + results 1 + page 3 × 1
    expect(g.estimate(`{ deepContainer(first: 3) { results { page { title } } } }`)).toBe(5);
  });

  describe('@listSize reference: several slicing arguments, requireOneSlicingArgument, cursors', () => {
    const g = supergraph({
      items: `
        type Query {
          items(first: Int, last: Int): [Item!] @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false)
          strictItems(first: Int, last: Int): [Item!] @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: true)
          cursor(first: Int): Cursor! @listSize(slicingArguments: ["first"], sizedFields: ["page"])
        }
        type Cursor { page: [Item!] nextPageToken: String }
        type Item @key(fields: "id") { id: ID }`,
    });

    test('items(first: 5, last: 10) is assumed to return ten items: the largest', () => {
      expect(g.estimate(`query MultipleSlicingArgumentsQuery { items(first: 5, last: 10) { id } }`)).toBe(10);
    });

    test('requireOneSlicingArgument: two slicing arguments, or none, are an error; one is fine', () => {
      const check = (query: string) => g.control.estimateWithErrors(g.schema, parse(query), null, {});
      expect(check(`{ strictItems(first: 5, last: 10) { id } }`)).toMatchObject({ cost: Infinity, errors: [expect.any(String)] });
      expect(check(`{ strictItems { id } }`)).toMatchObject({ cost: Infinity, errors: [expect.any(String)] });
      expect(check(`{ strictItems(last: 4) { id } }`)).toEqual({ cost: 4, errors: [] });
      expect(g.estimate(`{ strictItems { id } }`)).toBe(Infinity);
    });

    test('cursor support: the size of page is set by first', () => {
      // cursor 1 + page 4 × 1
      expect(g.estimate(`{ cursor(first: 4) { page { id } nextPageToken } }`)).toBe(5);
    });
  });

  test('a mutation adds 10', () => {
    const g = supergraph({
      books: `
        type Query { book(id: ID): Book }
        type Mutation { touch: Int addBook(title: String!): Book }
        type Book { title: String }`,
    });
    expect(g.estimate(`mutation { touch }`)).toBe(10);
    expect(g.estimate(`mutation { addBook(title: "x") { title } }`)).toBe(11);
    expect(g.actual(`mutation { addBook(title: "x") { title } }`, { addBook: { title: 'x' } })).toBe(11);
  });
});

// Apollo's own tests of these rules (apollographql/router, apollo-router/src/plugins/demand_control/cost_calculator/
// static_cost.rs with fixtures/basic_schema.graphql, list size 100): the cases the documentation leaves implicit.
describe("Apollo router's cost calculator cases", () => {
  const g = supergraph(
    {
      basic: `
        type Query {
          getScalar(id: ID): String
          getScalarByObject(args: OuterInput): String
          anotherScalar: Int
          object1: FirstObjectType
          interfaceInstance1: MyInterface
          someUnion: UnionOfObjectTypes
          someObjects: [FirstObjectType]
          intList: [Int]
          getObjectsByObject(args: OuterInput): [SecondObjectType]
        }
        type FirstObjectType { field1: Int innerList: [SecondObjectType] }
        interface MyInterface { field2: String }
        type SecondObjectType implements MyInterface { field1: Int field2: String }
        union UnionOfObjectTypes = FirstObjectType | SecondObjectType
        input InnerInput { id: ID }
        input OuterInput { inner: InnerInput inner2: InnerInput listOfInner: [InnerInput!] }`,
    },
    100,
  );

  test('objects, interfaces and unions cost 1; scalar lists 0; object lists 100; nested 10100', () => {
    expect(g.estimate(`{ getScalar(id: 1) anotherScalar }`)).toBe(0);
    expect(g.estimate(`{ object1 { field1 } }`)).toBe(1);
    expect(g.estimate(`{ interfaceInstance1 { field2 } }`)).toBe(1);
    expect(g.estimate(`{ someUnion { ... on FirstObjectType { field1 } ... on SecondObjectType { field2 } } }`)).toBe(1);
    expect(g.estimate(`{ someObjects { field1 } }`)).toBe(100);
    expect(g.estimate(`{ intList }`)).toBe(0);
    expect(g.estimate(`{ someObjects { innerList { field2 } } }`)).toBe(10100);
  });

  test('fragments count where spread, whatever their type condition: 102', () => {
    const query = `
      fragment narrowFrag on SecondObjectType { field1 }
      fragment widenFrag on MyInterface { field2 }
      {
        interfaceInstance1 { field2 ...narrowFrag }
        someUnion { ...narrowFrag ... on FirstObjectType { innerList { ...widenFrag } } }
      }`;
    expect(g.estimate(query)).toBe(102);
  });

  test('input objects cost 1 each: 4; with the 3 objects returned, actual 7', () => {
    expect(g.estimate(`{ getScalarByObject(args: { inner: { id: 1 }, listOfInner: [{ id: 2 }, { id: 3 }] }) }`)).toBe(4);
    const query = `{ getObjectsByObject(args: { inner: { id: 1 }, listOfInner: [{ id: 2 }, { id: 3 }] }) { field1 field2 } }`;
    expect(g.estimate(query)).toBe(104);
    const data = { getObjectsByObject: [{ field1: 1, field2: 'one' }, { field1: 2, field2: 'two' }, { field1: 3, field2: 'three' }] };
    expect(g.actual(query, data)).toBe(7);
    // Arguments from variables are scored the same way.
    expect(g.estimate(`query ($a: OuterInput) { getScalarByObject(args: $a) }`, { a: { inner: { id: 1 }, listOfInner: [{ id: 2 }, { id: 3 }] } })).toBe(4);
  });

  test('@skip and @include remove what they guard, literally or through variables', () => {
    expect(g.estimate(`{ object1 @skip(if: true) { field1 } }`)).toBe(0);
    expect(g.estimate(`{ object1 @include(if: false) { field1 } }`)).toBe(0);
    const query = `query ($lists: Boolean!, $no: Boolean = false) {
      object1 { field1 }
      someObjects @include(if: $lists) { field1 }
      ... @skip(if: $no) { interfaceInstance1 { field2 } }
    }`;
    expect(g.estimate(query, { lists: true })).toBe(102);
    expect(g.estimate(query, { lists: false })).toBe(2);
    expect(g.estimate(query, { lists: false, no: true })).toBe(1);
  });
});

describe('weights and directive names', () => {
  const subgraphs = {
    a: `
      type Query {
        books(first: Int = 5): BookConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 50, requireOneSlicingArgument: false)
        search(q: String @cost(weight: 3), filter: Filter): [Book!]! @cost(weight: 4) @listSize(assumedSize: 7)
        genre: Genre
      }
      type BookConnection { edges: [BookEdge!]! total: Int! }
      type BookEdge { node: Book! }
      type Book @key(fields: "id") @cost(weight: 2) { id: ID! title: String }
      input Filter { text: String @cost(weight: 9) tags: [String!] }
      enum Genre @cost(weight: 5) { NOVEL }`,
    b: `
      type Book @key(fields: "id") { id: ID! reviews: [Review!]! @listSize(assumedSize: 3) }
      type Review { stars: Int }`,
  };
  const g = supergraph(subgraphs);

  test('composition leaves @cost unimported and imports @listSize: both are read', () => {
    expect(g.sdl).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])');
    expect(g.sdl).toContain('directive @cost(weight: Int!)');
  });

  test('a field or type @cost replaces the default weight; argument and input-field weights add', () => {
    // search: 7 × 4 (field weight, not Book's 2) + argument q 3
    expect(g.estimate(`{ search(q: "x") { id } }`)).toBe(31);
    // filter: the input object 1 + text 9 + tags 0
    expect(g.estimate(`{ search(filter: { text: "x", tags: ["a", "b"] }) { id } }`)).toBe(28 + 10);
    // An enum with @cost weighs what it says.
    expect(g.estimate(`{ genre }`)).toBe(5);
    // Books are @cost(weight: 2), in a connection sized by first; reviews 3 each.
    expect(g.estimate(`{ books(first: 2) { edges { node { title reviews { stars } } } total } }`)).toBe(1 + 2 * (1 + 2 + 3));
  });

  test('an argument left out counts with its default; an explicit null falls back to assumedSize', () => {
    expect(g.estimate(`{ books { edges { node { id } } } }`)).toBe(1 + 5 * 3);
    expect(g.estimate(`{ books(first: null) { edges { node { id } } } }`)).toBe(1 + 50 * 3);
    // An unset variable leaves the argument out, so the default applies too.
    expect(g.estimate(`query ($n: Int) { books(first: $n) { edges { node { id } } } }`)).toBe(1 + 5 * 3);
    expect(g.estimate(`query ($n: Int) { books(first: $n) { edges { node { id } } } }`, { n: 1 })).toBe(1 + 3);
  });

  test('renamed links: `as:` on the link and on an import', () => {
    const renamed = g.sdl
      .replace('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])', '@link(url: "https://specs.apollo.dev/cost/v0.1", as: "price", import: [{ name: "@listSize", as: "@size" }])')
      .replace(/@cost\(/g, '@price(')
      .replace(/@listSize\(/g, '@size(');
    const r = graph(g.sdl, 10, renamed);
    expect(r.estimate(`{ search(q: "x") { id } }`)).toBe(31);
    expect(r.estimate(`{ books(first: 2) { edges { node { id } } } }`)).toBe(1 + 2 * 3);
  });

  test('names not imported are prefixed: cost__listSize', () => {
    const prefixed = g.sdl
      .replace('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])', '@link(url: "https://specs.apollo.dev/cost/v0.1")')
      .replace(/@listSize\(/g, '@cost__listSize(');
    const r = graph(g.sdl, 10, prefixed);
    expect(r.estimate(`{ books(first: 2) { edges { node { id } } } }`)).toBe(1 + 2 * 3);
    // And an application under a name the link does not give is not read.
    const unlinked = g.sdl.replace('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])', '');
    expect(graph(g.sdl, 10, unlinked).estimate(`{ books(first: 2) { edges { node { id } } } }`)).toBe(1 + 10 * 2);
  });

  test('a subgraph SDL reads through its federation link', () => {
    const control = DemandControl.fromSupergraph(`${LINK}\n${subgraphs.a}`, { defaultListSize: 10 });
    expect(control.estimate(g.schema, parse(`{ search(q: "x") { id } }`), null, {})).toBe(31);
  });
});

describe('connections, nesting and the limits of arithmetic', () => {
  const g = supergraph({
    catalog: `
      type Query {
        products(first: Int = 20, after: String): ProductConnection!
          @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 20, requireOneSlicingArgument: false)
        product(slug: String): Product
        categories: [Category!]! @listSize(assumedSize: 10)
      }
      type ProductConnection { edges: [ProductEdge!]! totalCount: Int! }
      type ProductEdge { cursor: String! node: Product! }
      type Product @key(fields: "id") {
        id: ID!
        name: String!
        category: Category!
        variants: [Variant!]! @listSize(assumedSize: 100)
        images: [Image!]! @listSize(assumedSize: 20)
      }
      type Variant { id: ID! product: Product! }
      type Image { url: String! }
      type Category {
        name: String!
        parent: Category
        products(first: Int = 20): ProductConnection!
          @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 20, requireOneSlicingArgument: false)
      }`,
  });

  test('nested connections multiply', () => {
    // categories 10 × (1 + products(first: 5) 1 + 5 edges × (1 + node 1 + images 20 × 1))
    expect(g.estimate(`{ categories { products(first: 5) { edges { node { images { url } } } } } }`)).toBe(10 * (1 + 1 + 5 * (1 + 1 + 20)));
  });

  test('fragments on a connection keep its sizes', () => {
    const query = `
      fragment Page on ProductConnection { edges { ...Card } }
      fragment Card on ProductEdge { node { name images { url } } }
      { products(first: 3) { ...Page } }`;
    expect(g.estimate(query)).toBe(1 + 3 * (1 + 1 + 20));
  });

  test('cycles through lists grow without bound but stay numbers', () => {
    const deep = `{ product(slug: "x") { variants { product { variants { product { variants { product { variants { id } } } } } } } } }`;
    expect(g.estimate(deep)).toBe(1 + 100 * (1 + 1 + 100 * (1 + 1 + 100 * (1 + 1 + 100))));
    const huge = `{ products(first: 1000000000) { edges { node { variants { product { variants { product { variants { id } } } } } } } } }`;
    expect(g.estimate(huge)).toBeGreaterThan(1e15);
    const n = 1e300;
    const overflow = g.estimate(`query ($n: Int) { products(first: $n) { edges { node { category { products(first: $n) { edges { node { id } } } } } } } }`, { n });
    expect(overflow).toBe(Infinity);
    expect(g.estimate(`query ($n: Int) { products(first: $n) { edges { node { category { products(first: 0) { edges { node { id } } } } } } } }`, { n })).toBe(1 + n * 4);
    expect(g.estimate(`query ($n: Int) { products(first: 0) { edges { node { category { products(first: $n) { edges { node { id } } } } } } } }`, { n })).toBe(1);
  });

  test('a negative page size counts as none (Apollo would subtract)', () => {
    expect(g.estimate(`{ products(first: -1000) { edges { node { id } } } categories { name } }`)).toBe(1 + 10);
  });

  test('odd input never throws', () => {
    const estimate = (query: string, variables: Record<string, unknown> = {}, name: string | null = null) =>
      g.control.estimate(g.schema, parse(query), name, variables);
    expect(estimate(`{ nope { deeper } categories { alsoNope } }`)).toBe(10);
    expect(estimate(`query ($n: Int) { products(first: $n) { edges { node { id } } } }`, { n: 'many' })).toBe(1 + 20 * 2);
    expect(estimate(`query ($n: Int) { products(first: $n) { edges { node { id } } } }`, { n: 2.5 })).toBe(1 + 20 * 2);
    expect(estimate(`query ($n: Int) { products(first: $n) { edges { node { id } } } }`, { n: { nested: 1 } })).toBe(1 + 20 * 2);
    expect(estimate(`{ categories { name } }`, null as unknown as Record<string, unknown>)).toBe(10);
    expect(estimate(`query A { categories { name } }`, {}, 'B')).toBe(0);
    expect(estimate(`query A { categories { name } } query B { product(slug: "x") { id } }`)).toBe(10);
    expect(estimate(`fragment A on Query { ...B } fragment B on Query { ...A categories { name } } { ...A }`)).toBe(10);
    expect(estimate(`{ __schema { types { name } } __typename }`)).toBe(0);
    expect(g.control.actual(g.schema, parse(`{ categories { name } }`), null, {}, 'not an object')).toBe(0);
    expect(g.control.actual(g.schema, parse(`{ categories { name } }`), null, {}, { categories: 'wrong shape' })).toBe(0);
    expect(g.control.actual(g.schema, parse(`{ categories { name } }`), null, {}, { categories: [null, [{ name: 'x' }], 3] })).toBe(1);
  });

  test('fragments spread exponentially are costed once per size (2^40 visits would never finish)', () => {
    let fragments = 'fragment F0 on Product { images { url } }\n';
    for (let i = 1; i <= 40; i++) fragments += `fragment F${i} on Product { ...F${i - 1} ...F${i - 1} }\n`;
    const cost = g.estimate(`${fragments}{ product(slug: "x") { ...F40 } }`);
    expect(cost).toBe(1 + 2 ** 40 * 20);
    const actual = g.control.actual(g.schema, parse(`${fragments}{ product(slug: "x") { ...F40 } }`), null, {}, { product: { images: [{ url: 'a' }] } });
    expect(actual).toBe(2);
  });

  test('a storefront page with its page size in a variable (speed is measured by npm run bench)', () => {
    const document = parse(`
      query Home($first: Int = 20) {
        categories { name }
        products(first: $first) { totalCount edges { cursor node { id name images { url } category { name } } } }
      }`);
    const small = g.control.estimate(g.schema, document, 'Home', { first: 1 });
    const large = g.control.estimate(g.schema, document, 'Home', { first: 99 });
    expect(large).toBeGreaterThan(small);
    expect(g.control.estimate(g.schema, document, 'Home', {})).toBe(g.control.estimate(g.schema, document, 'Home', { first: 20 }));
  });
});

describe('actual cost', () => {
  const g = supergraph({
    catalog: `
      type Query {
        products(first: Int = 20): ProductConnection!
          @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 20, requireOneSlicingArgument: false)
        search: [SearchResult!]! @listSize(assumedSize: 10)
      }
      type ProductConnection { edges: [ProductEdge!]! }
      type ProductEdge { node: Product! }
      type Product @key(fields: "id") { id: ID! name: String! images: [Image!]! @listSize(assumedSize: 20) }
      type Image @cost(weight: 2) { url: String! }
      type Category { name: String! children: [Category!]! @listSize(assumedSize: 10) }
      union SearchResult = Product | Category`,
    cart: `
      type Query { cart: Cart }
      type Mutation { addToCart(variantId: ID!): Cart }
      type Cart { lines: [CartLine!]! @listSize(assumedSize: 50) }
      type CartLine { quantity: Int! product: Product! }
      type Product @key(fields: "id") { id: ID! }`,
  });

  test('real list lengths, same weights; null objects cost nothing; arguments count once', () => {
    const query = `{ products(first: 10) { edges { node { id images { url } } } } }`;
    expect(g.estimate(query)).toBe(1 + 10 * (1 + 1 + 20 * 2));
    const data = {
      products: {
        edges: [
          { node: { id: '1', images: [{ url: 'a' }, { url: 'b' }] } },
          { node: { id: '2', images: [] } },
        ],
      },
    };
    // connection 1 + 2 edges × (edge 1 + node 1) + 2 images × 2
    expect(g.actual(query, data)).toBe(1 + 2 * 2 + 2 * 2);
    expect(g.actual(`{ cart { lines { quantity } } }`, { cart: null })).toBe(0);
  });

  test('aliases are found under their response key; fragments on other types do not count when __typename says so', () => {
    const query = `{
      search {
        __typename
        ... on Product { pics: images { url } }
        ... on Category { children { name } }
      }
    }`;
    const data = { search: [{ __typename: 'Product', pics: [{ url: 'a' }] }, { __typename: 'Category', children: [{ name: 'c' }, { name: 'd' }] }] };
    // 2 results + 1 image × 2 + 2 children
    expect(g.actual(query, data)).toBe(2 + 2 + 2);
  });

  test('a mutation adds 10 in the actual cost too', () => {
    const data = { addToCart: { lines: [{ quantity: 1 }, { quantity: 2 }] } };
    expect(g.actual(`mutation { addToCart(variantId: "v") { lines { quantity } } }`, data)).toBe(10 + 1 + 2);
  });

  test("by subgraph (Apollo's default mode): each subgraph response counts, entity fetches included", () => {
    const document = parse(`{ cart { lines { quantity product { id name images { url } } } } }`);
    const tally = g.control.bySubgraph(g.schema, document, null);
    // The cart subgraph's response: cart 1 + 2 lines × (1 + product reference 1)
    tally.add(`{ cart { lines { quantity product { __typename id } } } }`, {}, {
      cart: { lines: [{ quantity: 1, product: { __typename: 'Product', id: '1' } }, { quantity: 1, product: { __typename: 'Product', id: '2' } }] },
    });
    expect(tally.total).toBe(5);
    // The catalog's entity fetch: 2 entities × 1 + 3 images × 2
    tally.add(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { name images { url } } } }`,
      { representations: [{ __typename: 'Product', id: '1' }, { __typename: 'Product', id: '2' }] },
      { _entities: [{ name: 'a', images: [{ url: 'x' }, { url: 'y' }] }, { name: 'b', images: [{ url: 'z' }] }] },
    );
    expect(tally.total).toBe(5 + 2 + 6);
    // The legacy response-shape figure misses the entities the join fetched.
    const data = {
      cart: {
        lines: [
          { quantity: 1, product: { id: '1', name: 'a', images: [{ url: 'x' }, { url: 'y' }] } },
          { quantity: 1, product: { id: '2', name: 'b', images: [{ url: 'z' }] } },
        ],
      },
    };
    expect(g.control.actual(g.schema, document, null, {}, data)).toBe(11);
    // Unreadable fetches add nothing.
    tally.add('{ not graphql', {}, {});
    expect(tally.total).toBe(13);
    // A mutation's 10 is counted once, at the start.
    expect(g.control.bySubgraph(g.schema, parse(`mutation { addToCart(variantId: "v") { lines { quantity } } }`), null).total).toBe(10);
  });
});
