import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { SinglePassThrough, enumsWithHiddenValues, takePrefetched } from './single-fetch';

const PRODUCTS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@inaccessible"])
  type Query {
    product(id: ID!): Product
    products(first: Int = 2): [Product!]!
    media: [Media!]!
    broken: Product
  }
  type Product @key(fields: "id") { id: ID! name: String! price: Int! kind: Kind! status: Status! }
  enum Kind { BOOK FILM }
  enum Status { ACTIVE DRAFT @inaccessible }
  interface Media { title: String! }
  type Book implements Media { title: String! pages: Int! }
`);
const REVIEWS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Product @key(fields: "id") { id: ID! reviews: [Review!]! }
  type Review { body: String! }
`);

const products = [
  { id: '1', name: 'Atlas', price: 1200, kind: 'BOOK', status: 'ACTIVE' },
  { id: '2', name: 'Draft', price: 900, kind: 'FILM', status: 'DRAFT' },
  { id: '3', name: 'Compass', price: 700, kind: 'BOOK', status: 'ACTIVE' },
];
const subgraphs = {
  products: buildSubgraphSchema({
    typeDefs: PRODUCTS,
    resolvers: {
      Query: {
        product: (_: unknown, { id }: { id: string }) => products.find((p) => p.id === id) ?? null,
        products: (_: unknown, { first }: { first: number }) => products.slice(0, first),
        media: () => [{ title: 'Atlas', pages: 320 }],
        broken: () => {
          throw new GraphQLError('the shelf fell over', { extensions: { code: 'SHELF_DOWN' } });
        },
      },
      Media: { __resolveType: () => 'Book' },
      Product: { __resolveReference: ({ id }: { id: string }) => products.find((p) => p.id === id) },
    },
  }),
  reviews: buildSubgraphSchema({
    typeDefs: REVIEWS,
    resolvers: { Product: { __resolveReference: ({ id }: { id: string }) => ({ id, reviews: [{ body: `on ${id}` }] }) } },
  }),
};
const composed = composeServices([
  { name: 'products', typeDefs: PRODUCTS, url: 'http://products.invalid' },
  { name: 'reviews', typeDefs: REVIEWS, url: 'http://reviews.invalid' },
]);
if (composed.errors) throw composed.errors[0];
const supergraphSdl = composed.supergraphSdl;
const hidden = enumsWithHiddenValues(parse(supergraphSdl), 'inaccessible');

/** Changes every subgraph answer while set: a subgraph deployed ahead of the supergraph. */
let skew: ((data: Record<string, any>) => void) | null = null;

/** A data source over the subgraph's schema in this process, counting its fetches and honouring `prefetched` as ours does. */
function counted(name: keyof typeof subgraphs, calls: { fetches: number }): GraphQLDataSource {
  const local = new LocalGraphQLDataSource(subgraphs[name]);
  return {
    process: async (options) => {
      const prefetched = takePrefetched(name, options.request.query, options.context as object);
      if (prefetched) return prefetched;
      calls.fetches++;
      const response = await local.process(options);
      if (skew && response.data) skew(response.data as Record<string, any>);
      return response;
    },
  };
}

/** Apollo Server over the gateway, with the pass-through in front of the gateway's executor or not. */
async function serve(passThrough: boolean) {
  const calls = { fetches: 0, gatewayRuns: 0 };
  const single = passThrough ? new SinglePassThrough(() => hidden, false) : null;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => counted(name as keyof typeof subgraphs, calls),
    ...(single ? { experimental_didResolveQueryPlan: single.learn } : {}),
  });
  const server = new ApolloServer({
    gateway: {
      load: async (options) => {
        const loaded = await gateway.load(options);
        const inGateway: typeof loaded.executor = (request) => {
          calls.gatewayRuns++;
          return loaded.executor(request);
        };
        return { ...loaded, executor: single ? (request) => single.execute(request, inGateway) : inGateway };
      },
      onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
      stop: () => gateway.stop(),
    },
  });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const { body } = (await server.executeOperation({ query, variables, operationName }, { contextValue: {} })) as GraphQLResponse;
    if (body.kind !== 'single') throw new Error('expected a single result');
    return JSON.stringify(body.singleResult);
  };
  return { run, calls, stop: () => server.stop() };
}

describe('SinglePassThrough', () => {
  let plain: Awaited<ReturnType<typeof serve>>;
  let fast: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    [plain, fast] = await Promise.all([serve(false), serve(true)]);
  });
  afterAll(async () => {
    await Promise.all([plain.stop(), fast.stop()]);
  });

  /** Runs the query on both servers, twice on the pass-through one; returns how the second run went. */
  async function compare(query: string, variables?: Record<string, unknown>) {
    const expected = await plain.run(query, variables);
    expect(await fast.run(query, variables)).toBe(expected); // first time: the gateway plans it, and it is learned
    const before = { ...fast.calls };
    const again = await fast.run(query, variables);
    expect(again).toBe(expected); // byte for byte: same fields, same order, same errors
    return { gatewayRuns: fast.calls.gatewayRuns - before.gatewayRuns, fetches: fast.calls.fetches - before.fetches, result: JSON.parse(again) };
  }

  it.each([
    ['a plain query', '{ product(id: "1") { id name price } }', undefined],
    ['aliases, repeated fields and fragments', 'query Q { top: products(first: 3) { ...F name cost: price ...G } } fragment F on Product { id name } fragment G on Product { id kind }', undefined],
    ['a field aliased __proto__', '{ __typename __proto__: product(id: "1") { __proto__: name id } }', undefined],
    ['@include and @skip on variables', 'query Q($full: Boolean!, $id: ID!) { product(id: $id) { id price @include(if: $full) name @skip(if: $full) } }', { full: false, id: '3' }],
    ['a defaulted argument and __typename', '{ products { __typename id } }', undefined],
    ["root __typename fields, which the gateway answers itself (Apollo Client adds one)", '{ __typename product(id: "1") { __typename id } t: __typename products { id } }', undefined],
    [
      'a field beside a fragment that also has it (the planner merges it into the fragment\'s place; the answer keeps the client\'s order)',
      'query P { __typename top: products(first: 3) { __typename id ...F } product(id: "1") { id ...F } } fragment F on Product { __typename name id price }',
      undefined,
    ],
  ])('answers %s with the subgraph data, exactly as the gateway would, without the gateway', async (_, query, variables) => {
    const { gatewayRuns, fetches, result } = await compare(query, variables);
    expect(gatewayRuns).toBe(0);
    expect(fetches).toBe(1);
    expect(result.data).toBeTruthy();
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['a plan across two subgraphs', '{ product(id: "1") { name reviews { body } } }'],
    ['an interface (shaping reads __typename)', '{ media { title ... on Book { pages } } }'],
    ['an enum with values the API hides', '{ products(first: 3) { id status } }'],
    ['introspection', '{ __type(name: "Product") { name } product(id: "1") { id } }'],
    ['a root __typename under a directive', '{ __typename @include(if: true) product(id: "1") { id } }'],
    ["inline fragments (the gateway answers them merged into the first one's place)", '{ product(id: "1") { ... on Product { id } name ... on Product { price } } }'],
  ])('leaves %s to the gateway', async (_, query) => {
    const { gatewayRuns } = await compare(query);
    expect(gatewayRuns).toBe(1);
  });

  it('hands an answer with errors to the gateway, which reports it from the fetch already made', async () => {
    const { gatewayRuns, fetches, result } = await compare('{ broken { id } }');
    expect(gatewayRuns).toBe(1);
    expect(fetches).toBe(1); // not fetched again
    expect(result.errors[0]).toMatchObject({ message: 'the shelf fell over', path: ['broken'], extensions: { code: 'SHELF_DOWN' } });
  });

  it("refuses variables the operation does not accept with the gateway's own error, fetching nothing", async () => {
    const query = 'query P($id: ID!) { product(id: $id) { id } }';
    await compare(query, { id: '1' }); // learned
    const { gatewayRuns, fetches, result } = await compare(query, { id: { not: 'an id' } });
    expect(gatewayRuns).toBe(1);
    expect(fetches).toBe(0);
    expect(result.errors[0].message).toMatch(/\$id/);
  });

  it.each([
    ['one more field', (data: Record<string, any>) => (data.product.extra = 1)],
    ['a field missing', (data: Record<string, any>) => delete data.product.price],
    ['null in a non-null field', (data: Record<string, any>) => (data.product.name = null)],
    ['an enum value the API does not have', (data: Record<string, any>) => (data.product.kind = 'VINYL')],
    ['an Int as a string', (data: Record<string, any>) => (data.product.price = '1200')],
    ['another __typename', (data: Record<string, any>) => (data.product.__typename = 'Book')],
  ])("hands an answer with %s (a subgraph ahead of the supergraph) to the gateway's shaping, fetching once", async (_, change) => {
    const query = '{ product(id: "3") { __typename id name price kind } }';
    await compare(query); // learned while the subgraph agrees with the schema
    skew = change;
    try {
      const { gatewayRuns, fetches } = await compare(query);
      expect(gatewayRuns).toBe(1);
      expect(fetches).toBe(1);
    } finally {
      skew = null;
    }
  });

  it('learns each operation of a document on its own', async () => {
    const query = 'query A { product(id: "1") { id } } query B { product(id: "2") { name reviews { body } } }';
    const gatewayRuns: number[] = [];
    for (const operationName of ['A', 'B', 'A', 'B']) {
      const before = fast.calls.gatewayRuns;
      expect(await fast.run(query, undefined, operationName)).toBe(await plain.run(query, undefined, operationName));
      gatewayRuns.push(fast.calls.gatewayRuns - before);
    }
    expect(gatewayRuns).toEqual([1, 1, 0, 1]);
  });
});

describe('enumsWithHiddenValues', () => {
  it('names the enums with an @inaccessible value, under the name the supergraph links it', () => {
    expect([...hidden]).toEqual(['Status']);
    expect([...enumsWithHiddenValues(parse('enum A { X @hide Y } enum B { Z }'), 'hide')]).toEqual(['A']);
  });
});
