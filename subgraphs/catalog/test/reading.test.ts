import { adminToken, type Platform } from '@zero/testing';
import { asService, PRODUCT_FIELDS, startCatalogPlatform, statementCount } from './helpers';

/** Reading the demo catalog through the router: pagination, filters, search, facets, batching. */
let platform: Platform;
beforeAll(async () => {
  platform = await startCatalogPlatform({ seed: true });
});
afterAll(() => platform?.stop());

interface Node { id: string; name: string; priceRange: { min: { amount: number } } }
const PAGE = `query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name createdAt priceRange { min { amount } } } }
  }
}`;

async function walk(variables: Record<string, unknown>, pageSize: number, between?: (page: number) => Promise<void>) {
  const nodes: Node[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 100; page++) {
    const res: any = await platform.request(PAGE, { ...variables, first: pageSize, after });
    expect(res.errors).toBeUndefined();
    const conn: any = res.data.products;
    totalCount = conn.totalCount;
    nodes.push(...conn.edges.map((e: { node: Node }) => e.node));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
    await between?.(page);
  }
  return { nodes, totalCount };
}

test('the demo catalog: four departments with sub-categories, at least 200 products, believable data', async () => {
  const res = await platform.request(`{ categories { slug name parent { slug } children { slug parent { slug } } }
    products(first: 100) { totalCount edges { node { ${PRODUCT_FIELDS} } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.categories.map((c: { slug: string }) => c.slug)).toEqual(['electronics', 'clothing', 'books', 'home-goods']);
  for (const c of res.data.categories) {
    expect(c.parent).toBeNull();
    expect(c.children.length).toBeGreaterThan(0);
    for (const child of c.children) expect(child.parent.slug).toBe(c.slug);
  }
  expect(res.data.products.totalCount).toBeGreaterThanOrEqual(200);
  for (const { node } of res.data.products.edges) {
    expect(node.variants.length).toBeGreaterThan(0);
    expect(node.images[0].url).toMatch(/^http:\/\/localhost:8004\/images\/[a-z0-9-]+\.svg$/);
    for (const v of node.variants) {
      expect(v.price.currency).toBe('USD');
      expect(Number.isInteger(v.price.amount)).toBe(true);
      expect(v.weightGrams).toBeGreaterThan(0);
      expect(v.quantityAvailable).toBeGreaterThanOrEqual(0);
      expect(v.inStock).toBe(v.quantityAvailable > 0);
    }
    expect(node.priceRange.min.amount).toBe(Math.min(...node.variants.map((v: { price: { amount: number } }) => v.price.amount)));
    expect(node.inStock).toBe(node.variants.some((v: { inStock: boolean }) => v.inStock));
  }
});

test('clothing comes in sizes and colours; some products are out of stock', async () => {
  const res = await platform.request(`{ products(first: 100, filter: { category: "clothing" }) { edges { node { options { name values } variants { selectedOptions { name value } } } } } }`);
  expect(res.errors).toBeUndefined();
  const first = res.data.products.edges[0].node;
  expect(first.options.map((o: { name: string }) => o.name)).toEqual(['Size', 'Color']);
  expect(first.variants.length).toBe(first.options[0].values.length * first.options[1].values.length);
  const soldOut = await platform.request(`{ products(first: 1, filter: { inStock: false }) { totalCount } }`);
  expect(soldOut.data.products.totalCount).toBeGreaterThan(0);
});

test.each(['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME_ASC'])('walking every page of %s yields each product exactly once', async (sort) => {
  const { nodes, totalCount } = await walk({ sort }, 17);
  expect(totalCount).toBeGreaterThanOrEqual(200);
  expect(nodes.length).toBe(totalCount);
  expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
  const prices = nodes.map((n) => n.priceRange.min.amount);
  if (sort === 'PRICE_ASC') expect(prices).toEqual([...prices].sort((a, b) => a - b));
  if (sort === 'PRICE_DESC') expect(prices).toEqual([...prices].sort((a, b) => b - a));
});

test('walking RELEVANCE pages of a search yields each match exactly once, best first', async () => {
  const { nodes, totalCount } = await walk({ sort: 'RELEVANCE', filter: { search: 'co' } }, 7);
  expect(totalCount).toBeGreaterThan(20);
  expect(nodes.length).toBe(totalCount);
  expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
});

test('keyset cursors are stable while products are added', async () => {
  const token = await adminToken(platform);
  const before = await walk({ sort: 'NEWEST' }, 25);
  let added = 0;
  const during = await walk({ sort: 'NEWEST' }, 25, async (page) => {
    if (page > 2) return;
    const res = await platform.request(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }`,
      { input: { name: `Interloper ${page} ${Date.now()}`, description: 'Added mid-walk.', categorySlug: 'books', variants: [{ sku: `INTER-${page}-${Date.now()}`, price: 999, weightGrams: 100, stock: 1 }] } },
      { token },
    );
    expect(res.data.createProduct.userErrors).toEqual([]);
    added++;
  });
  expect(added).toBe(3);
  // Newer products sort first, before the cursor: the walk sees every earlier product exactly once and none twice.
  const ids = during.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(before.nodes.map((n) => n.id));
});

test('category filter includes sub-categories; facets follow the filter', async () => {
  const res = await platform.request(`{
    top: products(first: 1, filter: { category: "electronics" }) { totalCount facets { category { slug } count } }
    sub: products(first: 100, filter: { category: "audio" }) { totalCount edges { node { category { slug parent { slug } } } } }
    none: products(first: 5, filter: { category: "no-such-category" }) { totalCount edges { node { id } } }
    category(slug: "electronics") { name children { slug } products(first: 5) { totalCount edges { node { category { slug } } } } }
  }`);
  expect(res.errors).toBeUndefined();
  const { top, sub, none, category } = res.data;
  expect(top.facets[0]).toEqual({ category: { slug: 'electronics' }, count: top.totalCount });
  const childSum = top.facets.slice(1).reduce((s: number, f: { count: number }) => s + f.count, 0);
  expect(childSum).toBe(top.totalCount);
  expect(top.facets.map((f: { category: { slug: string } }) => f.category.slug)).not.toContain('clothing');
  expect(top.facets.find((f: { category: { slug: string } }) => f.category.slug === 'audio').count).toBe(sub.totalCount);
  for (const { node } of sub.edges) expect(node.category.slug).toBe('audio');
  expect(none).toEqual({ totalCount: 0, edges: [] });
  expect(category.products.totalCount).toBe(top.totalCount);
  const childSlugs = category.children.map((c: { slug: string }) => c.slug);
  for (const { node } of category.products.edges) expect(childSlugs).toContain(node.category.slug);
});

test('Category.products pages through with cursors', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const res: any = await platform.request(`query($after: String) { category(slug: "books") { products(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`, { after });
    expect(res.errors).toBeUndefined();
    const conn = res.data.category.products;
    total = conn.totalCount;
    seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  expect(seen.length).toBe(total);
  expect(new Set(seen).size).toBe(total);
});

test('price and stock filters', async () => {
  const res = await platform.request(`{
    cheap: products(first: 100, filter: { maxPrice: 2000 }) { totalCount edges { node { variants { price { amount } } } } }
    band: products(first: 100, filter: { minPrice: 10000, maxPrice: 20000 }) { totalCount edges { node { variants { price { amount } } } } }
    inStock: products(first: 100, filter: { inStock: true }) { totalCount edges { node { inStock } } }
    outOfStock: products(first: 100, filter: { inStock: false }) { totalCount edges { node { inStock } } }
    all: products(first: 0) { totalCount }
  }`);
  expect(res.errors).toBeUndefined();
  const { cheap, band, inStock, outOfStock, all } = res.data;
  expect(cheap.totalCount).toBeGreaterThan(0);
  for (const { node } of cheap.edges) expect(node.variants.some((v: any) => v.price.amount <= 2000)).toBe(true);
  expect(band.totalCount).toBeGreaterThan(0);
  for (const { node } of band.edges) expect(node.variants.some((v: any) => v.price.amount >= 10000 && v.price.amount <= 20000)).toBe(true);
  for (const { node } of inStock.edges) expect(node.inStock).toBe(true);
  for (const { node } of outOfStock.edges) expect(node.inStock).toBe(false);
  expect(inStock.totalCount + outOfStock.totalCount).toBe(all.totalCount);
});

test('search: prefix matching, every word must match, ranked by relevance', async () => {
  const res = await platform.request(`{
    prefix: products(first: 20, filter: { search: "headph" }, sort: RELEVANCE) { totalCount edges { node { name description } } }
    words: products(first: 20, filter: { search: "wireless headphones" }, sort: RELEVANCE) { totalCount edges { node { name } } }
    ranked: products(first: 100, filter: { search: "wireless" }, sort: RELEVANCE) { totalCount edges { node { name description } } }
    stemmed: products(first: 5, filter: { search: "Cookbooks" }) { totalCount }
  }`);
  expect(res.errors).toBeUndefined();
  const { prefix, words, ranked } = res.data;
  expect(prefix.totalCount).toBeGreaterThan(0);
  for (const { node } of prefix.edges) expect(`${node.name} ${node.description}`.toLowerCase()).toContain('headph');
  expect(prefix.edges[0].node.name).toMatch(/Headphones/);
  expect(words.totalCount).toBeGreaterThan(0);
  for (const { node } of words.edges) expect(node.name).toMatch(/Wireless Headphones/);
  // Name matches (weight A) rank above matches only in the description (weight B).
  const inName = ranked.edges.map(({ node }: any) => /wireless/i.test(node.name));
  expect(inName[0]).toBe(true);
  expect(inName.includes(false)).toBe(true);
  expect(inName.indexOf(false)).toBeGreaterThan(inName.lastIndexOf(true));
});

test('hostile search strings are harmless', async () => {
  const hostile = [
    "'; DROP TABLE products; --", 'a & b | !c', ':*', '(((', ')', '\\', "''", '!!!', 'foo:* & bar', '<-> <2>', '%', '_', 'x'.repeat(5000),
    'héadphönes', '😀 headphones', 'select * from pg_user', 'a:*A', "O'Reilly",
  ];
  for (const search of hostile) {
    const res = await platform.request(`query($s: String) { products(first: 3, filter: { search: $s }, sort: RELEVANCE) { totalCount edges { node { id } } } }`, { s: search });
    expect(res.errors).toBeUndefined();
    expect(res.data.products.totalCount).toBeGreaterThanOrEqual(0);
  }
  // A NUL character never reaches the catalog: the router refuses it as the client's mistake.
  const nul = await platform.request(`query($s: String) { products(first: 3, filter: { search: $s }) { totalCount } }`, { s: 'a\u0000b' });
  expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const still = await platform.request(`{ products(first: 1) { totalCount } }`);
  expect(still.data.products.totalCount).toBeGreaterThanOrEqual(200);
});

test('bad arguments are BAD_USER_INPUT', async () => {
  const tooMany = await platform.request(`{ products(first: 101) { totalCount } }`);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const relevance = await platform.request(`{ products(sort: RELEVANCE) { totalCount } }`);
  expect(relevance.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const page = await platform.request(`{ products(first: 1, sort: PRICE_ASC) { pageInfo { endCursor } } }`);
  const otherSort = await platform.request(`query($a: String) { products(first: 1, after: $a, sort: NAME_ASC) { totalCount } }`, { a: page.data.products.pageInfo.endCursor });
  expect(otherSort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const garbage = await platform.request(`{ products(first: 1, after: "not-a-cursor") { totalCount } }`);
  expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const both = await platform.request(`{ product(id: "x", slug: "y") { id } }`);
  expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('minPrice above maxPrice is BAD_USER_INPUT, not an empty list', async () => {
  const res = await platform.request(`{ products(filter: { minPrice: 5000, maxPrice: 1000 }) { totalCount } }`);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const equal = await platform.request(`{ products(filter: { minPrice: 1000, maxPrice: 1000 }) { totalCount } }`);
  expect(equal.errors).toBeUndefined();
});

test('product by id and by slug; unknown ones are null', async () => {
  const list = await platform.request(`{ products(first: 1, sort: NAME_ASC) { edges { node { id slug name } } } }`);
  const { id, slug, name } = list.data.products.edges[0].node;
  const res = await platform.request(`query($id: ID, $slug: String) { a: product(id: $id) { name } b: product(slug: $slug) { name } c: product(id: "nope") { name } d: product(slug: "nope") { name } }`, { id, slug });
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ a: { name }, b: { name }, c: null, d: null });
});

test('entity references resolve through DataLoaders (Product, ProductVariant, Category)', async () => {
  const list = await platform.request(`{ products(first: 2) { edges { node { id category { id } variants { id } } } } }`);
  const [p1, p2] = list.data.products.edges.map((e: any) => e.node);
  const res = await asService(platform, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Product { id name } ... on ProductVariant { id sku product { id } } ... on Category { id slug } } }`, {
    r: [
      { __typename: 'Product', id: p1.id }, { __typename: 'Product', id: p2.id }, { __typename: 'Product', id: '00000000-0000-0000-0000-000000000000' },
      { __typename: 'ProductVariant', id: p1.variants[0].id }, { __typename: 'Category', id: p1.category.id },
    ],
  });
  expect(res.errors).toBeUndefined();
  expect(res.data._entities[0].id).toBe(p1.id);
  expect(res.data._entities[1].id).toBe(p2.id);
  expect(res.data._entities[2]).toBeNull();
  expect(res.data._entities[3].product.id).toBe(p1.id);
  expect(res.data._entities[4].id).toBe(p1.category.id);
});

test('the number of SQL statements does not grow with the page size', async () => {
  const query = `query($first: Int) { products(first: $first) {
    totalCount facets { category { slug } count } pageInfo { hasNextPage }
    edges { node { id name inStock priceRange { min { amount } } images { url }
      category { name parent { name } }
      variants { sku title price { amount } quantityAvailable inStock product { id } } } } } }`;
  const count = async (first: number) => {
    const before = await statementCount(platform);
    const res = await platform.request(query, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data.products.edges.length).toBe(first);
    return (await statementCount(platform)) - before;
  };
  const small = await count(5);
  const large = await count(100);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(10);
});

test('images render offline as SVG, served by the catalog', async () => {
  const list = await platform.request(`{ products(first: 1, filter: { category: "electronics" }) { edges { node { slug name images { url alt } } } } }`);
  const { slug, name, images } = list.data.products.edges[0].node;
  expect(images[0].alt).toBe(name);
  const res = await fetch(`${platform.subgraphs.catalog!.url}/images/${slug}.svg`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  const svg = await res.text();
  expect(svg).toContain('<svg');
  const missing = await fetch(`${platform.subgraphs.catalog!.url}/images/no-such-product.svg`);
  expect(missing.status).toBe(404);
  const traversal = await fetch(`${platform.subgraphs.catalog!.url}/images/..%2F..%2Fetc%2Fpasswd`);
  expect(traversal.status).toBe(404);
});

test('a picture the catalog draws comes as WebP renditions at fixed widths, for srcset', async () => {
  const list = await platform.request(
    `{ products(first: 1, filter: { category: "electronics" }) { edges { node { slug images { url small: url(width: 300) srcSet } } } } }`,
  );
  const { slug, images } = list.data.products.edges[0].node;
  const base = platform.subgraphs.catalog!.url;
  expect(images[0].url).toMatch(new RegExp(`/images/${slug}\\.svg$`));
  // 300 px snaps up to the 384 px rendition; srcset lists every rendition with its width.
  expect(images[0].small).toMatch(new RegExp(`/images/${slug}\\.webp\\?w=384$`));
  const candidates = (images[0].srcSet as string).split(', ').map((c) => c.split(' '));
  expect(candidates.map(([, w]) => w)).toEqual(['128w', '256w', '384w', '512w', '640w', '800w']);

  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  const res = await fetch(`${base}${pathOf(images[0].small)}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/webp');
  const webp = Buffer.from(await res.arrayBuffer());
  expect(webp.subarray(0, 4).toString()).toBe('RIFF');
  expect(webp.subarray(8, 12).toString()).toBe('WEBP');
  // VP8 frame header: width in the 14 bits at byte 26 (lossy) — the rendition is drawn at its width.
  expect(webp.readUInt16LE(26) & 0x3fff).toBe(384);
  // Any requested width snaps to a rendition; nonsense falls back to the smallest, never an error.
  const odd = await fetch(`${base}/images/${slug}.webp?w=abc`);
  expect(odd.status).toBe(200);
  expect((Buffer.from(await odd.arrayBuffer())).readUInt16LE(26) & 0x3fff).toBe(128);
  expect((await fetch(`${base}/images/no-such-product.webp?w=256`)).status).toBe(404);

  // Images stored elsewhere come back as stored, with no renditions.
  const token = await adminToken(platform);
  const created = await platform.request(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { images { url sized: url(width: 256) srcSet } } userErrors { code } } }`,
    {
      input: {
        name: `Elsewhere Lamp ${Date.now().toString(36)}`,
        description: 'A lamp pictured on another host.',
        categorySlug: 'home-goods',
        images: [{ url: 'https://cdn.example.com/lamp.jpg', alt: 'Lamp' }],
        variants: [{ sku: `ELSEWHERE-${Date.now().toString(36)}`, price: 1000, weightGrams: 900, stock: 1 }],
      },
    },
    { token },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createProduct.product.images[0]).toEqual({ url: 'https://cdn.example.com/lamp.jpg', sized: 'https://cdn.example.com/lamp.jpg', srcSet: null });
});

test('forged cursor values are BAD_USER_INPUT, never a server error', async () => {
  const forge = (s: string, v0: unknown) => Buffer.from(JSON.stringify({ s, v: [v0, '00000000-0000-4000-8000-000000000000'] })).toString('base64url');
  for (const [sort, value] of [['NEWEST', 'garbage'], ['PRICE_ASC', 'abc'], ['PRICE_DESC', 1e12], ['NAME_ASC', 5]] as const) {
    const res = await platform.request('query($after: String, $sort: ProductSort) { products(first: 2, after: $after, sort: $sort) { totalCount } }', { after: forge(sort, value), sort });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});

test('forged cursors the database cannot cast are BAD_USER_INPUT: only values the catalog itself writes pass', async () => {
  const forge = (s: string, v0: unknown) => Buffer.from(JSON.stringify({ s, v: [v0, '00000000-0000-4000-8000-000000000000'] })).toString('base64url');
  const query = 'query($after: String, $sort: ProductSort, $filter: ProductFilter) { products(first: 2, after: $after, sort: $sort, filter: $filter) { totalCount edges { node { id } } } }';
  const forged: [string, unknown][] = [
    // Date.parse reads these; PostgreSQL does not (no such day, no year 0, not a timestamp at all).
    ['NEWEST', 'x 1'], ['NEWEST', 'March 7'], ['NEWEST', '2024-02-30T00:00:00.000Z'], ['NEWEST', '0000-01-01T00:00:00.000Z'],
    ['NEWEST', '2024-01-01T10:00:00Z'], ['NEWEST', '2024-01-01T10:00:00.000+01:00'],
    ['NAME_ASC', 'Lamp\u0000'],
    // Outside a `real`, or below 0 (ts_rank never is).
    ['RELEVANCE', 1e39], ['RELEVANCE', 1e-50], ['RELEVANCE', -0.5],
  ];
  const codes: string[] = [];
  for (const [sort, value] of forged) {
    const res = await platform.request(query, { after: forge(sort, value), sort, filter: sort === 'RELEVANCE' ? { search: 'co' } : null });
    codes.push(`${sort} ${JSON.stringify(value)}: ${res.errors?.[0]?.extensions?.code}`);
  }
  expect(codes).toEqual(forged.map(([sort, value]) => `${sort} ${JSON.stringify(value)}: BAD_USER_INPUT`));
  // The catalog's own cursors (a timestamp as it writes them, a rank it read) still continue the walk.
  const first = await platform.request(query, { sort: 'NEWEST', after: null, filter: null });
  const next = await platform.request(query, { sort: 'NEWEST', after: forge('NEWEST', new Date().toISOString()), filter: null });
  expect(next.errors).toBeUndefined();
  expect(next.data.products.edges.map((e: any) => e.node.id)).toEqual(first.data.products.edges.map((e: any) => e.node.id));
  const ranked = await platform.request(query, { sort: 'RELEVANCE', after: forge('RELEVANCE', 0.0607927), filter: { search: 'co' } });
  expect(ranked.errors).toBeUndefined();

  // In a category's products, the bad cursor fails that field alone: the other categories of the batch still resolve.
  const batch = await platform.request(`query($after: String) {
    electronics: category(slug: "electronics") { products(first: 1, after: $after) { totalCount } }
    books: category(slug: "books") { slug products(first: 1) { edges { node { id } } } }
  }`, { after: forge('NEWEST', 'x 1') });
  expect(batch.errors?.map((e: any) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(batch.data.electronics).toBeNull();
  expect(batch.data.books.products.edges).toHaveLength(1);
});

test('first: 0 returns no edges but says whether products follow', async () => {
  const res = await platform.request(`{
    none: products(first: 0) { pageInfo { hasNextPage endCursor } edges { cursor } }
    nothing: products(first: 0, filter: { category: "no-such-category" }) { pageInfo { hasNextPage } }
    books: products(first: 100, filter: { category: "books" }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }
    category(slug: "books") { products(first: 0) { pageInfo { hasNextPage endCursor } edges { cursor } } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.none).toEqual({ pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
  expect(res.data.nothing.pageInfo.hasNextPage).toBe(false);
  expect(res.data.category.products).toEqual({ pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
  // After a cursor, as with any other size: true while products follow it, false after the last one.
  const { books } = res.data;
  expect(books.pageInfo.hasNextPage).toBe(false);
  expect(books.edges.length).toBeGreaterThan(1);
  const after = `query($after: String) { products(first: 0, after: $after, filter: { category: "books" }) { pageInfo { hasNextPage } } }`;
  expect((await platform.request(after, { after: books.edges[0].cursor })).data.products.pageInfo.hasNextPage).toBe(true);
  expect((await platform.request(after, { after: books.pageInfo.endCursor })).data.products.pageInfo.hasNextPage).toBe(false);
});
