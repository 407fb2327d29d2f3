import { randomBytes } from 'node:crypto';
import { STRONG_PASSWORD, uniqueEmail, type Platform } from '@zero/testing';

export const CART_FIELDS =
  'id totalQuantity subtotal { amount currency } updatedAt lines { variant { id } quantity unitPrice { amount currency } lineTotal { amount currency } }';
export const PAYLOAD = `cart { ${CART_FIELDS} } userErrors { code message field }`;

/**
 * How many times the cart has called the catalog for variants so far, read from the catalog's own operation
 * counter (the cart names its operation `CartVariants`).
 */
export async function catalogVariantCalls(platform: Platform): Promise<number> {
  const deps = platform.subgraphs.catalog!.deps as { metrics: { graphqlOperations: { get(): Promise<{ values: { labels: Record<string, unknown>; value: number }[] }> } } };
  const { values } = await deps.metrics.graphqlOperations.get();
  return values.filter((v) => v.labels.operation === 'CartVariants').reduce((sum, v) => sum + v.value, 0);
}

/** Creates an admin account directly in the auth subgraph and signs it in through the router. */
export async function adminToken(platform: Platform): Promise<string> {
  const email = uniqueEmail('admin');
  const auth = (platform.subgraphs.auth!.services as { auth: { upsertAccount(e: string, p: string, r: string[]): Promise<unknown> } }).auth;
  await auth.upsertAccount(email, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
  const res = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }', {
    input: { email, password: STRONG_PASSWORD },
  });
  const token = res.data?.login?.session?.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return token;
}

/** Creates a product through the router with one variant per given price/stock; returns its id and the variants. */
export async function createProduct(platform: Platform, admin: string, variants: { price: number; stock: number }[]) {
  const tag = randomBytes(4).toString('hex');
  const res = await platform.request(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { id sku price { amount } } } userErrors { code message field } } }`,
    {
      input: {
        name: `Cart test product ${tag}`,
        description: 'A product made by the cart tests.',
        categorySlug: 'electronics',
        variants: variants.map((v, i) => ({
          sku: `CART-${tag}-${i}`,
          title: `Variant ${i}`,
          price: v.price,
          weightGrams: 100,
          stock: v.stock,
          selectedOptions: [{ name: 'Number', value: String(i) }],
        })),
      },
    },
    { token: admin },
  );
  const product = res.data?.createProduct?.product;
  if (!product) throw new Error(`createProduct failed: ${JSON.stringify(res.errors ?? res.data?.createProduct?.userErrors)}`);
  return { id: product.id as string, variants: product.variants as { id: string; sku: string }[] };
}
