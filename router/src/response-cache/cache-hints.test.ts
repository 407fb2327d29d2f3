import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { CacheControl } from './cache-hints';

const SDL = fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
const schema = Supergraph.build(SDL, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
const control = CacheControl.fromSupergraph(SDL);
const policy = (query: string, operationName?: string) => control.policy(schema, parse(query), operationName);

describe('cache policy from the supergraph’s @cacheControl hints (Apollo Server’s rules)', () => {
  test('catalog reads are public; the answer lives as long as its shortest-lived field', () => {
    expect(policy('{ categories { slug name children { slug } } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policy('{ products(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { name priceRange { min { amount } } images { url } } } } }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
    expect(policy('query($s: String!) { product(slug: $s) { name variants { sku price { amount } quantityAvailable } } }')).toEqual({ maxAge: 5, scope: 'PUBLIC' });
    // Category is 300 s, but the products under it are 60 s.
    expect(policy('{ category(slug: "books") { name products(first: 2) { edges { node { slug } } } } }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
  });

  test('through fragments and inline fragments alike', () => {
    const query = 'query P { product(slug: "x") { ...F } } fragment F on Product { name ... on Product { variants { inStock } } }';
    expect(policy(query, 'P')).toEqual({ maxAge: 5, scope: 'PUBLIC' });
  });

  test('a root or object field without a hint makes the answer uncacheable', () => {
    expect(policy('{ me { id } }').maxAge).toBe(0);
    expect(policy('{ categories { slug } me { id } }').maxAge).toBe(0);
    expect(policy('{ __typename categories { slug } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policy('{ __schema { queryType { name } } }').maxAge).toBe(0);
  });

  test('admin fields are private and uncacheable; mutations are never cacheable', () => {
    expect(policy('{ product(slug: "x") { variants { quantityOnHand } } }')).toEqual({ maxAge: 0, scope: 'PRIVATE' });
    expect(policy('mutation { createCart { cart { id } } }').maxAge).toBe(0);
  });

  test('the named operation is the one weighed', () => {
    const document = 'query A { categories { slug } } query B { me { id } }';
    expect(policy(document, 'A').maxAge).toBe(300);
    expect(policy(document, 'B').maxAge).toBe(0);
  });
});
