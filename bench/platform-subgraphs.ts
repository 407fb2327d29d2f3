/**
 * The subgraphs side of `npm run bench:gateways` (bench/gateways.ts starts it as a child process): every subgraph of
 * the platform on in-memory embedded databases with the demo catalog, and what the load needs — product slugs,
 * variants, guest carts, a signed-in shopper with a cart line, and internal credentials (anonymous and the shopper's)
 * that gateways which are not ours forward as they are. Prints one line `READY <json>`, then serves until SIGTERM.
 */
import { InternalCredentials } from '@zero/service';
import { registerShopper, startPlatform } from '@zero/testing';

export interface PlatformFixture {
  /** Subgraph name → GraphQL URL. */
  subgraphs: Record<string, string>;
  internalSecret: string;
  slugs: string[];
  variantIds: string[];
  guestCarts: string[];
  shopper: { token: string; credential: string };
  anonymousCredential: string;
}

async function main(): Promise<void> {
  const platform = await startPlatform({ env: { SEED_DEMO: 'true', RESPONSE_CACHE: 'false' } });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await platform.request(query, variables, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const listing = await gql('{ products(first: 100) { edges { node { slug variants { id quantityAvailable } } } } }');
  const nodes = listing.products.edges.map((e: { node: { slug: string; variants: { id: string; quantityAvailable: number }[] } }) => e.node);
  const variantIds = nodes.flatMap((n: { variants: { id: string; quantityAvailable: number }[] }) => n.variants.filter((v) => v.quantityAvailable >= 20).map((v) => v.id));
  const guestCarts: string[] = [];
  for (let i = 0; i < 50; i++) guestCarts.push((await gql('mutation { createCart { cart { id } } }')).createCart.cart.id);
  const shopper = await registerShopper(platform);
  const added = await gql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: variantIds[0] }, shopper.token);
  if (added.addToCart.userErrors.length) throw new Error(JSON.stringify(added.addToCart.userErrors));
  // Forwarded untouched by the stock gateways, so valid for the whole run.
  const credentials = new InternalCredentials(platform.internalSecret, 6 * 3600);
  const fixture: PlatformFixture = {
    subgraphs: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, `${s.url}/graphql`])),
    internalSecret: platform.internalSecret,
    slugs: nodes.map((n: { slug: string }) => n.slug),
    variantIds,
    guestCarts,
    // The credential says "the router"; the shopper's token (sent beside it) says who the viewer is.
    shopper: { token: shopper.token, credential: await credentials.sign({ issuer: 'router', viewer: null, ip: null }) },
    anonymousCredential: await credentials.sign({ issuer: 'router', viewer: null, ip: null }),
  };
  process.stdout.write(`READY ${JSON.stringify(fixture)}\n`);
  const stop = () => void platform.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
