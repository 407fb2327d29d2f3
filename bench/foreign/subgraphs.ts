/**
 * A federated workload that is not ours, for `npm run bench:gateways`: the accounts, products, inventory and reviews
 * subgraphs of Apollo's and The Guild's federation benchmarks, as tiny in-memory `@apollo/subgraph` services in this
 * one process, composed here into a supergraph the router has never seen. Prints `READY <json>` (URLs, the supergraph
 * file, product codes), then serves until SIGTERM.
 *
 * The router needs a subgraph named `auth` (tokens' keys, partner keys and operation lists come from ours); here the
 * accounts subgraph carries that name. It answers none of the router's partner queries, so the router serves the
 * public mode it is configured with and logs that the lists could not be loaded; no benchmarked request touches them.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse } from 'graphql';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

const users = Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), name: `User ${i + 1}`, username: `user${i + 1}` }));
const products = Array.from({ length: 50 }, (_, i) => ({ upc: String(1000 + i), name: `Product ${i}`, price: 100 + ((i * 37) % 900), weight: 1 + ((i * 13) % 40) }));
const inventory = new Map(products.map((p, i) => [p.upc, { inStock: i % 7 !== 0 }]));
const reviews = products.flatMap((p, i) => [0, 1, 2].map((k) => ({ id: `${p.upc}-${k}`, body: `Review ${k} of ${p.name}`, authorId: users[(i + k) % users.length]!.id, upc: p.upc })));

const SUBGRAPHS: Record<string, { typeDefs: string; resolvers: Record<string, Record<string, unknown>> }> = {
  // Named `auth` in the supergraph: see above.
  auth: {
    typeDefs: `${LINK}
      type Query { me: User, users: [User!]! }
      type User @key(fields: "id") { id: ID! name: String username: String @shareable }`,
    resolvers: {
      Query: { me: () => users[0], users: () => users },
      User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
    },
  },
  products: {
    typeDefs: `${LINK}
      type Query { topProducts(first: Int = 5): [Product!]! product(upc: String!): Product }
      type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
    resolvers: {
      Query: { topProducts: (_: unknown, args: { first: number }) => products.slice(0, args.first), product: (_: unknown, args: { upc: string }) => products.find((p) => p.upc === args.upc) },
      Product: { __resolveReference: (ref: { upc: string }) => products.find((p) => p.upc === ref.upc) },
    },
  },
  inventory: {
    typeDefs: `${LINK}
      type Product @key(fields: "upc") { upc: String! weight: Int @external price: Int @external inStock: Boolean shippingEstimate: Int @requires(fields: "price weight") }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({ ...ref, ...inventory.get(ref.upc) }),
        shippingEstimate: (product: { price: number; weight: number }) => (product.price > 1000 ? 0 : Math.round(product.weight * 0.5)),
      },
    },
  },
  reviews: {
    typeDefs: `${LINK}
      type Review @key(fields: "id") { id: ID! body: String author: User @provides(fields: "username") product: Product }
      type User @key(fields: "id") { id: ID! username: String @external reviews: [Review!]! }
      type Product @key(fields: "upc") { upc: String! reviews: [Review!]! }`,
    resolvers: {
      Review: {
        author: (review: { authorId: string }) => ({ __typename: 'User', id: review.authorId, username: users.find((u) => u.id === review.authorId)?.username }),
        product: (review: { upc: string }) => ({ __typename: 'Product', upc: review.upc }),
      },
      User: { reviews: (user: { id: string }) => reviews.filter((r) => r.authorId === user.id) },
      Product: { reviews: (product: { upc: string }) => reviews.filter((r) => r.upc === product.upc) },
    },
  },
};

async function serve(name: string): Promise<string> {
  const { typeDefs, resolvers } = SUBGRAPHS[name]!;
  const server = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers: resolvers as never }]) });
  await server.start();
  const app = express();
  app.get('/health/ready', (_req, res) => void res.json({ status: 'ready' }));
  app.use('/graphql', express.json(), expressMiddleware(server));
  const listener = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => listener.once('listening', resolve));
  return `http://127.0.0.1:${(listener.address() as AddressInfo).port}/graphql`;
}

async function main(): Promise<void> {
  const urls: Record<string, string> = {};
  for (const name of Object.keys(SUBGRAPHS)) urls[name] = await serve(name);
  const composed = composeServices(Object.entries(SUBGRAPHS).map(([name, { typeDefs }]) => ({ name, typeDefs: parse(typeDefs), url: urls[name] })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const supergraphPath = path.join(os.tmpdir(), `zero-bench-foreign-${process.pid}.graphql`);
  fs.writeFileSync(supergraphPath, composed.supergraphSdl);
  process.stdout.write(`READY ${JSON.stringify({ subgraphs: urls, supergraphPath, upcs: products.map((p) => p.upc) })}\n`);
  const stop = () => {
    fs.rmSync(supergraphPath, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
