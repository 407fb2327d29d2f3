import { randomBytes } from 'node:crypto';
import type { Platform } from './platform';

let counter = 0;
/** A unique email for a test. */
export function uniqueEmail(prefix = 'shopper'): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}-${randomBytes(2).toString('hex')}@example.com`;
}

export const STRONG_PASSWORD = 'Correct-Horse-9';

export const SESSION_FIELDS = 'session { accessToken refreshToken accessTokenExpiresAt user { id email roles createdAt } } userErrors { code message field }';

/** A signed-in account made by a test. */
export interface TestAccount {
  email: string;
  password: string;
  token: string;
  refreshToken: string;
  userId: string;
}

/** Registers a new customer through the router and returns its session. */
export async function registerShopper(platform: Platform, email = uniqueEmail(), password = STRONG_PASSWORD): Promise<TestAccount> {
  const res = await platform.request(`mutation($input: RegisterInput!) { register(input: $input) { ${SESSION_FIELDS} } }`, {
    input: { email, password },
  });
  const session = res.data?.register?.session;
  if (!session) throw new Error(`registration failed: ${JSON.stringify(res.errors ?? res.data?.register?.userErrors)}`);
  return { email, password, token: session.accessToken, refreshToken: session.refreshToken, userId: session.user.id };
}

/** The auth subgraph's account service, as far as the harness uses it. */
interface AccountAdmin {
  upsertAccount(email: string, password: string, roles: string[]): Promise<unknown>;
}

/** Creates an admin account directly in the auth service and signs it in through the router; returns its access token. */
export async function adminToken(platform: Platform): Promise<string> {
  const email = uniqueEmail('admin');
  const auth = platform.subgraphs.auth?.services.auth as AccountAdmin | undefined;
  if (!auth) throw new Error('adminToken needs the auth subgraph');
  await auth.upsertAccount(email, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
  const res = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }', {
    input: { email, password: STRONG_PASSWORD },
  });
  const token = res.data?.login?.session?.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return token as string;
}

/** One variant of a product a test creates. */
export interface TestVariantSpec {
  price: number;
  stock: number;
  weightGrams?: number;
}

/** A product a test created: its id, and its variants' ids and SKUs in the order given (the first also flat). */
export interface TestProduct {
  productId: string;
  variantId: string;
  sku: string;
  variants: { id: string; sku: string }[];
}

let productCounter = 0;
/**
 * Creates a product through the router (admin). Given one spec, a product with one plain variant; given a list, one
 * variant per spec, told apart by an option `Number` (`0`, `1`, …) and titled `Variant 0`, `Variant 1`, ….
 */
export async function createTestProduct(
  platform: Platform,
  token: string,
  spec: TestVariantSpec | TestVariantSpec[],
  options: { name?: string; categorySlug?: string } = {},
): Promise<TestProduct> {
  const specs = Array.isArray(spec) ? spec : [spec];
  const tag = `${Date.now().toString(36)}-${++productCounter}-${randomBytes(2).toString('hex')}`;
  const res = await platform.request(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { id sku } } userErrors { code message field } } }',
    {
      input: {
        name: options.name ?? `Test Product ${tag}`,
        description: 'Made by a test.',
        categorySlug: options.categorySlug ?? 'electronics',
        variants: specs.map((v, i) => ({
          sku: `TEST-${tag}-${i}`,
          price: v.price,
          weightGrams: v.weightGrams ?? 100,
          stock: v.stock,
          ...(Array.isArray(spec) ? { title: `Variant ${i}`, selectedOptions: [{ name: 'Number', value: String(i) }] } : {}),
        })),
      },
    },
    { token },
  );
  const product = res.data?.createProduct?.product;
  if (!product) throw new Error(`createProduct failed: ${JSON.stringify(res.errors ?? res.data?.createProduct?.userErrors)}`);
  const variants = product.variants as { id: string; sku: string }[];
  return { productId: product.id, variantId: variants[0]!.id, sku: variants[0]!.sku, variants };
}

/** A shipping address every test may use (California: taxed, shipped). */
export const TEST_ADDRESS = { recipientName: 'Ada Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };

const ADD_TO_CART = 'mutation($v: ID!, $q: Int!) { addToCart(variantId: $v, quantity: $q) { userErrors { code message } } }';

/** Adds each line to the shopper's cart through the router; throws on any error. */
export async function fillCart(platform: Platform, shopper: { token: string }, lines: Array<{ variantId: string; quantity: number }>): Promise<void> {
  for (const line of lines) {
    const added = await platform.request(ADD_TO_CART, { v: line.variantId, q: line.quantity }, { token: shopper.token });
    if (added.errors || added.data.addToCart.userErrors.length) throw new Error(`addToCart failed: ${JSON.stringify(added.errors ?? added.data.addToCart.userErrors)}`);
  }
}

/** A newly registered shopper whose cart holds these lines. */
export async function shopperWithCart(platform: Platform, lines: Array<{ variantId: string; quantity: number }>): Promise<TestAccount> {
  const shopper = await registerShopper(platform);
  await fillCart(platform, shopper, lines);
  return shopper;
}

let orderKeys = 0;
/**
 * Puts `quantity` of a variant in the shopper's cart and places the order through the router (PENDING, stock
 * reserved). Returns the order's id and total.
 */
export async function placeTestOrder(platform: Platform, shopper: { token: string }, variantId: string, quantity = 1): Promise<{ id: string; total: number }> {
  await fillCart(platform, shopper, [{ variantId, quantity }]);
  const placed = await platform.request(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id total { amount } } userErrors { code message } } }',
    { input: { idempotencyKey: `test-order-${Date.now()}-${++orderKeys}`, shippingAddress: TEST_ADDRESS } },
    { token: shopper.token },
  );
  const order = placed.data?.placeOrder?.order;
  if (!order) throw new Error(`placeOrder failed: ${JSON.stringify(placed.errors ?? placed.data?.placeOrder?.userErrors)}`);
  return { id: order.id, total: order.total.amount };
}
