import { adminToken, registerShopper, type Platform } from '@zero/testing';
import { PRODUCT_FIELDS, startCatalogPlatform } from './helpers';

/** Admin mutations through the router: authorization, validation codes, archiving, stock. */
let platform: Platform;
let admin: string;
let customer: string;
beforeAll(async () => {
  platform = await startCatalogPlatform();
  admin = await adminToken(platform);
  customer = (await registerShopper(platform)).token;
});
afterAll(() => platform?.stop());

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code message field } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code message field } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveProduct(id: $id) { product { id archived } userErrors { code field } } }`;
const SET_STOCK = `mutation($id: ID!, $q: Int!) { setStock(variantId: $id, quantity: $q) { variant { id quantityAvailable inStock quantityOnHand stockMovements { delta quantityAfter reason actor } } userErrors { code field } } }`;

let serial = 0;
function tshirt(overrides: Record<string, unknown> = {}) {
  const tag = `${Date.now().toString(36)}-${++serial}`;
  return {
    name: `Test Tee ${tag}`,
    description: 'A soft cotton tee for testing.',
    categorySlug: 'tops',
    images: [{ url: 'https://cdn.example.com/tee.jpg', alt: 'A tee' }],
    variants: [
      { sku: `TEE-${tag}-S`, price: 1999, weightGrams: 180, stock: 5, selectedOptions: [{ name: 'Size', value: 'S' }] },
      { sku: `TEE-${tag}-M`, price: 2199, weightGrams: 190, stock: 0, selectedOptions: [{ name: 'Size', value: 'M' }] },
    ],
    ...overrides,
  };
}

test('admin mutations refuse anonymous callers (UNAUTHENTICATED) and customers (FORBIDDEN)', async () => {
  const id = '00000000-0000-4000-8000-000000000000';
  const operations: [string, Record<string, unknown>][] = [
    [CREATE, { input: tshirt() }],
    [UPDATE, { id, input: { name: 'x' } }],
    [ARCHIVE, { id }],
    [SET_STOCK, { id, q: 1 }],
  ];
  for (const [query, variables] of operations) {
    const anonymous = await platform.request(query, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const shopper = await platform.request(query, variables, { token: customer });
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const list = await platform.request(`{ products(first: 100, filter: { category: "tops" }) { totalCount } }`);
  expect(list.data.products.totalCount).toBe(0);
});

test('the subgraph checks the role again, whatever the router did', async () => {
  const { InternalCredentials } = await import('@zero/service');
  const call = async (token: string | null, viewer: { id: string; roles: ('CUSTOMER' | 'ADMIN')[] } | null = null) => {
    const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer: 'router', viewer, ip: null });
    const res = await fetch(`${platform.subgraphs.catalog!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zero-context': credential, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: `mutation { archiveProduct(id: "x") { userErrors { code } } }` }),
    });
    return ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  };
  expect(await call(null)).toBe('UNAUTHENTICATED');
  expect(await call(customer)).toBe('FORBIDDEN');
  // The viewer is the token's: a credential that names an admin makes nobody one.
  expect(await call(null, { id: '00000000-0000-4000-8000-000000000001', roles: ['ADMIN'] })).toBe('UNAUTHENTICATED');
  expect(await call(customer, { id: '00000000-0000-4000-8000-000000000001', roles: ['ADMIN'] })).toBe('FORBIDDEN');
});

test('createProduct: an admin adds a product with variants, options, images and stock', async () => {
  const input = tshirt();
  const res = await platform.request(CREATE, { input }, { token: admin });
  expect(res.errors).toBeUndefined();
  expect(res.data.createProduct.userErrors).toEqual([]);
  const product = res.data.createProduct.product;
  expect(product.slug).toBe(input.name.toLowerCase().replace(/ /g, '-'));
  expect(product.category).toMatchObject({ slug: 'tops', parent: { slug: 'clothing' } });
  expect(product.options).toEqual([{ name: 'Size', values: ['S', 'M'] }]);
  expect(product.variants.map((v: any) => [v.title, v.price.amount, v.quantityAvailable, v.inStock])).toEqual([
    ['S', 1999, 5, true],
    ['M', 2199, 0, false],
  ]);
  expect(product.priceRange).toEqual({ min: { amount: 1999, currency: 'USD' }, max: { amount: 2199, currency: 'USD' } });
  expect(product.images).toEqual([{ url: 'https://cdn.example.com/tee.jpg', alt: 'A tee' }]);
  expect(product.inStock).toBe(true);
  const found = await platform.request(`query($s: String) { product(slug: $s) { id } products(first: 5, filter: { search: $s }) { totalCount } }`, { s: product.slug });
  expect(found.data.product.id).toBe(product.id);
});

test('createProduct validates every input with field paths', async () => {
  const bad = tshirt({
    name: '  ',
    slug: 'Not A Slug',
    images: [{ url: 'javascript:alert(1)' }],
    variants: [
      { sku: 'has space', price: -1, weightGrams: -5, stock: 1.5 as unknown as number, selectedOptions: [] },
    ],
  });
  const res = await platform.request(CREATE, { input: bad }, { token: admin });
  // stock 1.5 is not an Int: GraphQL itself refuses it
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const res2 = await platform.request(CREATE, { input: { ...bad, variants: [{ ...bad.variants[0], stock: 2_000_000 }] } }, { token: admin });
  expect(res2.data.createProduct.product).toBeNull();
  const fields = res2.data.createProduct.userErrors.map((e: { code: string; field: string[] }) => `${e.code}:${e.field.join('.')}`);
  expect(fields).toEqual(
    expect.arrayContaining([
      'INVALID_INPUT:input.name',
      'INVALID_INPUT:input.slug',
      'INVALID_INPUT:input.images.0.url',
      'INVALID_INPUT:input.variants.0.sku',
      'INVALID_INPUT:input.variants.0.price',
      'INVALID_INPUT:input.variants.0.weightGrams',
      'INVALID_INPUT:input.variants.0.stock',
    ]),
  );
  // A control character (a BELL would break the product's SVG picture) or a line break in a one-line name is refused;
  // a description may have line breaks, not control characters.
  const bell = await platform.request(CREATE, { input: tshirt({ name: 'Bell\u0007Shirt', description: 'Soft.\nWarm.\u001b' }) }, { token: admin });
  expect(bell.data.createProduct.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.name', 'input.description']);
  const lines = await platform.request(CREATE, { input: tshirt({ name: 'Two\nLines', description: 'Soft.\nWarm.' }) }, { token: admin });
  expect(lines.data.createProduct.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.name']);
  // At most $10,000.00 a unit, so that no cart or order total can pass what Money holds (32-bit cents).
  const dear = tshirt();
  dear.variants[0]!.price = 1_000_001;
  const tooDear = await platform.request(CREATE, { input: dear }, { token: admin });
  expect(tooDear.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants', '0', 'price'] })]);
  const none = await platform.request(CREATE, { input: tshirt({ variants: [] }) }, { token: admin });
  expect(none.data.createProduct.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'variants'] });
  const category = await platform.request(CREATE, { input: tshirt({ categorySlug: 'no-such-category' }) }, { token: admin });
  expect(category.data.createProduct.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'categorySlug'] });
  const mixed = tshirt();
  mixed.variants[1]!.selectedOptions = [{ name: 'Colour', value: 'Red' }];
  const mismatch = await platform.request(CREATE, { input: mixed }, { token: admin });
  expect(mismatch.data.createProduct.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT' });
});

test('DUPLICATE_SLUG and DUPLICATE_SKU', async () => {
  const first = await platform.request(CREATE, { input: tshirt() }, { token: admin });
  const product = first.data.createProduct.product;
  const sameSlug = await platform.request(CREATE, { input: tshirt({ slug: product.slug }) }, { token: admin });
  expect(sameSlug.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SLUG', field: ['input', 'slug'] })]);
  const other = tshirt();
  other.variants[1]!.sku = product.variants[0].sku;
  const sameSku = await platform.request(CREATE, { input: other }, { token: admin });
  expect(sameSku.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU', field: ['input', 'variants', '1', 'sku'] })]);
  const twice = tshirt();
  twice.variants[1]!.sku = twice.variants[0]!.sku;
  const inInput = await platform.request(CREATE, { input: twice }, { token: admin });
  expect(inInput.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU', field: ['input', 'variants', '1', 'sku'] })]);
  const second = await platform.request(CREATE, { input: tshirt() }, { token: admin });
  const rename = await platform.request(UPDATE, { id: second.data.createProduct.product.id, input: { slug: product.slug } }, { token: admin });
  expect(rename.data.updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SLUG', field: ['input', 'slug'] })]);
});

test('updateProduct changes the given fields and upserts variants by SKU', async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const [s] = created.variants;
  const res = await platform.request(
    UPDATE,
    {
      id: created.id,
      input: {
        name: 'Renamed Tee',
        categorySlug: 'activewear',
        variants: [
          { sku: s.sku, price: 2500, weightGrams: 200, stock: 99, selectedOptions: [{ name: 'Size', value: 'S' }] },
          { sku: `${s.sku}-L`, price: 2700, weightGrams: 210, stock: 4, selectedOptions: [{ name: 'Size', value: 'L' }] },
        ],
      },
    },
    { token: admin },
  );
  expect(res.data.updateProduct.userErrors).toEqual([]);
  const product = res.data.updateProduct.product;
  expect(product.name).toBe('Renamed Tee');
  expect(product.slug).toBe(created.slug);
  expect(product.category.slug).toBe('activewear');
  expect(product.variants.map((v: any) => [v.title, v.price.amount, v.quantityAvailable])).toEqual([
    ['S', 2500, 5], // stock of an existing variant is setStock's business
    ['M', 2199, 0],
    ['L', 2700, 4],
  ]);
  expect(product.options).toEqual([{ name: 'Size', values: ['S', 'M', 'L'] }]);
  expect(product.priceRange.max.amount).toBe(2700);
  const missing = await platform.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } }, { token: admin });
  expect(missing.data.updateProduct.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
  const invalid = await platform.request(UPDATE, { id: created.id, input: { name: '' } }, { token: admin });
  expect(invalid.data.updateProduct.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'name'] });
});

test('updateProduct with variants and no options keeps the options as they were (their order, values no variant chooses) and adds new values', async () => {
  const input = tshirt();
  // XL is offered before any variant chooses it, and the order is the shop's, not the variants'.
  const options = [{ name: 'Size', values: ['XL', ...input.variants.map((v: any) => v.selectedOptions[0].value)] }];
  const created = (await platform.request(CREATE, { input: { ...input, options } }, { token: admin })).data.createProduct.product;
  expect(created.options).toEqual(options);
  const [s] = created.variants;
  const repriced = await platform.request(
    UPDATE,
    { id: created.id, input: { variants: [{ sku: s.sku, price: 2600, weightGrams: 200, stock: 0, selectedOptions: [{ name: 'Size', value: 'S' }] }] } },
    { token: admin },
  );
  expect(repriced.data.updateProduct.userErrors).toEqual([]);
  expect(repriced.data.updateProduct.product.options).toEqual(options);
  const added = await platform.request(
    UPDATE,
    { id: created.id, input: { variants: [{ sku: `${s.sku}-XXS`, price: 2100, weightGrams: 180, stock: 1, selectedOptions: [{ name: 'Size', value: 'XXS' }] }] } },
    { token: admin },
  );
  expect(added.data.updateProduct.userErrors).toEqual([]);
  expect(added.data.updateProduct.product.options).toEqual([{ name: 'Size', values: [...options[0]!.values, 'XXS'] }]);
});

test('updateProduct: variants that do not fit the options are INVALID_INPUT, never an internal error, and change nothing', async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const [s] = created.variants;
  // A variant choosing an option the others do not: the product's variants would no longer share one set of options.
  const extraOption = await platform.request(
    UPDATE,
    { id: created.id, input: { name: 'Changed', variants: [{ sku: `${s.sku}-RED`, price: 100, weightGrams: 1, stock: 1, selectedOptions: [{ name: 'Size', value: 'L' }, { name: 'Colour', value: 'Red' }] }] } },
    { token: admin },
  );
  expect(extraOption.errors).toBeUndefined();
  expect(extraOption.data.updateProduct).toEqual({ product: null, userErrors: [expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants'] })] });
  // Options that leave out a value the variants choose.
  const narrowOptions = await platform.request(UPDATE, { id: created.id, input: { options: [{ name: 'Size', values: ['S'] }] } }, { token: admin });
  expect(narrowOptions.errors).toBeUndefined();
  expect(narrowOptions.data.updateProduct).toEqual({ product: null, userErrors: [expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'options'] })] });
  const after = await platform.request(`query($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`, { id: created.id });
  expect(after.data.product).toEqual(created);
});

test('archived products leave every list but still resolve by id', async () => {
  const created = (await platform.request(CREATE, { input: tshirt({ name: `Archivable Zebra Tee ${Date.now()}` }) }, { token: admin })).data.createProduct.product;
  const before = await platform.request(`{ products(first: 100, filter: { search: "archivable zebra" }) { totalCount } }`);
  expect(before.data.products.totalCount).toBe(1);
  const archived = await platform.request(ARCHIVE, { id: created.id }, { token: admin });
  expect(archived.data.archiveProduct).toEqual({ product: { id: created.id, archived: true }, userErrors: [] });
  const again = await platform.request(ARCHIVE, { id: created.id }, { token: admin });
  expect(again.data.archiveProduct.product.archived).toBe(true);
  const after = await platform.request(`query($id: ID) {
    products(first: 100, filter: { search: "archivable zebra" }) { totalCount edges { node { id } } }
    all: products(first: 100) { edges { node { id } } }
    category(slug: "tops") { products(first: 100) { totalCount edges { node { id } } } }
    product(id: $id) { id name archived variants { sku } }
  }`, { id: created.id });
  expect(after.errors).toBeUndefined();
  expect(after.data.products.totalCount).toBe(0);
  expect(after.data.all.edges.map((e: any) => e.node.id)).not.toContain(created.id);
  expect(after.data.category.products.edges.map((e: any) => e.node.id)).not.toContain(created.id);
  expect(after.data.product).toMatchObject({ id: created.id, archived: true });
  const missing = await platform.request(ARCHIVE, { id: 'nope' }, { token: admin });
  expect(missing.data.archiveProduct.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
});

test('setStock sets stock on hand and records who changed it', async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const variant = created.variants[1];
  const res = await platform.request(SET_STOCK, { id: variant.id, q: 12 }, { token: admin });
  expect(res.data.setStock.userErrors).toEqual([]);
  expect(res.data.setStock.variant).toMatchObject({ quantityAvailable: 12, inStock: true, quantityOnHand: 12 });
  expect(res.data.setStock.variant.stockMovements[0]).toMatchObject({ delta: 12, quantityAfter: 12, reason: 'adjustment' });
  expect(res.data.setStock.variant.stockMovements[0].actor).toMatch(/^[0-9a-f-]{36}$/);
  const negative = await platform.request(SET_STOCK, { id: variant.id, q: -1 }, { token: admin });
  expect(negative.data.setStock.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['quantity'] });
  const missing = await platform.request(SET_STOCK, { id: '00000000-0000-4000-8000-000000000000', q: 1 }, { token: admin });
  expect(missing.data.setStock.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['variantId'] });
  // Stock on hand and the ledger are admin-only fields.
  const peek = await platform.request(`query($id: ID!) { product(id: $id) { variants { quantityOnHand } } }`, { id: created.id }, { token: customer });
  expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('concurrent creates of one slug: one wins, the others get DUPLICATE_SLUG', async () => {
  const slug = `race-${Date.now().toString(36)}`;
  const results = await Promise.all(
    Array.from({ length: 8 }, () => platform.request(CREATE, { input: tshirt({ slug }) }, { token: admin })),
  );
  for (const r of results) expect(r.errors).toBeUndefined();
  expect(results.filter((r) => r.data.createProduct.product).length).toBe(1);
  for (const r of results.filter((r) => !r.data.createProduct.product)) expect(r.data.createProduct.userErrors[0].code).toBe('DUPLICATE_SLUG');
});

test('updateProduct: null fields keep their value, as omitted ones do', async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const input = { name: null, slug: null, description: null, categorySlug: null, images: null, variants: null, options: null };
  const res = await platform.request(UPDATE, { id: created.id, input }, { token: admin });
  expect(res.errors).toBeUndefined();
  expect(res.data.updateProduct.userErrors).toEqual([]);
  expect(res.data.updateProduct.product).toEqual(created);
});

test("updateProduct: an image without alt text is described by the product's name, the stored one or the new one", async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const url = 'https://cdn.example.com/back.jpg';
  const kept = await platform.request(UPDATE, { id: created.id, input: { images: [{ url }, { url, alt: '  ' }] } }, { token: admin });
  expect(kept.data.updateProduct.product.images).toEqual([{ url, alt: created.name }, { url, alt: created.name }]);
  const renamed = await platform.request(UPDATE, { id: created.id, input: { name: 'Tee With A New Name', images: [{ url }] } }, { token: admin });
  expect(renamed.data.updateProduct.product.images).toEqual([{ url, alt: 'Tee With A New Name' }]);
});

test('the documented limits hold on every path: 100 variants a product, 5 options a variant, each value listed once', async () => {
  const tag = `${Date.now().toString(36)}-${++serial}`;
  const variant = (i: number) => ({ sku: `LIM-${tag}-${i}`, price: 100 + i, weightGrams: 10, stock: 0, selectedOptions: [{ name: 'Size', value: `V${i}` }] });
  const hundred = Array.from({ length: 100 }, (_, i) => variant(i));
  const created = await platform.request(CREATE, { input: tshirt({ variants: hundred }) }, { token: admin });
  expect(created.data.createProduct.userErrors).toEqual([]);
  const { id } = created.data.createProduct.product;
  // Adding one more (or a hundred more) would pass 100: refused, nothing written.
  for (const more of [[variant(100)], Array.from({ length: 100 }, (_, i) => variant(200 + i))]) {
    const grown = await platform.request(UPDATE, { id, input: { variants: more } }, { token: admin });
    expect(grown.data.updateProduct).toEqual({ product: null, userErrors: [expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants'] })] });
  }
  // Changing variants the product has is still fine.
  const changed = await platform.request(UPDATE, { id, input: { variants: [{ ...variant(0), price: 5 }] } }, { token: admin });
  expect(changed.data.updateProduct.userErrors).toEqual([]);
  expect(changed.data.updateProduct.product.variants).toHaveLength(100);
  expect(changed.data.updateProduct.product.priceRange.min.amount).toBe(5);

  // Six options on a variant (the derived options would be six).
  const six = Array.from({ length: 6 }, (_, i) => ({ name: `Option ${i}`, value: 'x' }));
  const tooMany = await platform.request(CREATE, { input: tshirt({ variants: [{ ...variant(0), sku: `SIX-${tag}`, selectedOptions: six }] }) }, { token: admin });
  expect(tooMany.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants', '0', 'selectedOptions'] })]);
  const addSix = await platform.request(UPDATE, { id, input: { variants: [{ ...variant(0), selectedOptions: six }] } }, { token: admin });
  expect(addSix.data.updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants', '0', 'selectedOptions'] })]);

  // A value (or an option) listed twice, in any case.
  const repeated = await platform.request(CREATE, { input: tshirt({ options: [{ name: 'Size', values: ['S', 'M', 's', 'S'] }] }) }, { token: admin });
  expect(repeated.data.createProduct.userErrors.map((e: { code: string; field: string[] }) => `${e.code}:${e.field.join('.')}`)).toEqual([
    'INVALID_INPUT:input.options.0.values.2',
    'INVALID_INPUT:input.options.0.values.3',
  ]);
  const small = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const twice = await platform.request(UPDATE, { id: small.id, input: { options: [{ name: 'Size', values: ['S', 'M'] }, { name: 'size', values: ['S', 'M'] }] } }, { token: admin });
  expect(twice.data.updateProduct.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'options', '1', 'name'] });
  // A new variant choosing what an existing one chose.
  const clone = await platform.request(UPDATE, { id: small.id, input: { variants: [{ ...variant(0), sku: `${small.variants[0].sku}-2`, selectedOptions: [{ name: 'Size', value: 'S' }] }] } }, { token: admin });
  expect(clone.data.updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'variants', '0', 'selectedOptions'] })]);
  const after = await platform.request(`query($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`, { id: small.id });
  expect(after.data.product).toEqual(small);
});

test('SKUs are case-insensitive everywhere: in one input, across the catalog, and when updateProduct matches them', async () => {
  const created = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const [s, m] = created.variants;
  expect(s.sku).toMatch(/[a-z]/);
  const other = tshirt();
  other.variants[0]!.sku = s.sku.toUpperCase();
  const clash = await platform.request(CREATE, { input: other }, { token: admin });
  expect(clash.data.createProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU', field: ['input', 'variants', '0', 'sku'] })]);
  const second = (await platform.request(CREATE, { input: tshirt() }, { token: admin })).data.createProduct.product;
  const steal = await platform.request(
    UPDATE,
    { id: second.id, input: { variants: [{ sku: m.sku.toLowerCase(), price: 1, weightGrams: 1, stock: 1, selectedOptions: [{ name: 'Size', value: 'L' }] }] } },
    { token: admin },
  );
  expect(steal.data.updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU', field: ['input', 'variants', '0', 'sku'] })]);
  // The product's own SKU in another case is that variant: changed, not added (its spelling stays as stored).
  const own = await platform.request(
    UPDATE,
    { id: created.id, input: { variants: [{ sku: s.sku.toUpperCase(), price: 2999, weightGrams: 180, stock: 0, selectedOptions: [{ name: 'Size', value: 'S' }] }] } },
    { token: admin },
  );
  expect(own.data.updateProduct.userErrors).toEqual([]);
  expect(own.data.updateProduct.product.variants.map((v: any) => [v.id, v.sku, v.price.amount])).toEqual([
    [s.id, s.sku, 2999],
    [m.id, m.sku, m.price.amount],
  ]);
});
