import { chromium, type Browser } from 'playwright-core';
import { adminToken, createTestProduct, scaled, startPlatform, type Platform } from '@zero/testing';

/**
 * The development Explorer in a real browser that may not leave the machine: every request to a host other than
 * loopback is aborted and recorded, so a single CDN asset would show up here (and as a broken page).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WAIT = 90_000;

let platform: Platform;
let browser: Browser;
let productName: string;
beforeAll(async () => {
  platform = await startPlatform({ env: { NODE_ENV: 'development' } });
  productName = `Explorer-Lamp-${Date.now().toString(36)}`;
  await createTestProduct(platform, await adminToken(platform), { price: 4599, weightGrams: 900, stock: 3 }, { name: productName });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}, scaled(180_000));
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

test('GraphiQL loads offline from the router, shows the docs and runs the default query', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const external: string[] = [];
  const isLoopback = (url: string) => {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || LOOPBACK.has(hostname);
  };
  // Recorded twice over: what the route saw, and every request the browser started (workers included).
  context.on('request', (request) => {
    if (!isLoopback(request.url())) external.push(request.url());
  });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    if (isLoopback(route.request().url())) return route.continue();
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => {
    if (!isLoopback(socket.url())) external.push(socket.url());
  });

  try {
    const response = await page.goto(`${platform.router.url}/graphql`, { waitUntil: 'load', timeout: WAIT });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    expect(await page.title()).toBe('Project Zero — Explorer');
    await page.locator('.graphiql-sidebar').waitFor({ timeout: WAIT });

    // The docs pane: Query's fields, from the introspected schema.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click({ timeout: WAIT });
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).click({ timeout: WAIT });
    await docs.locator('.graphiql-doc-explorer-field-name', { hasText: /^products$/ }).waitFor({ timeout: WAIT });
    // The query builder is there too.
    await page.locator('.graphiql-sidebar button[aria-label="Show GraphiQL Explorer"]').waitFor({ timeout: WAIT });

    // The default query, as it stands in the editor, runs against the same-origin /graphql.
    await page.locator('.graphiql-query-editor').getByText('query Products').waitFor({ timeout: WAIT });
    const result = page.waitForResponse((res) => res.url().endsWith('/graphql') && res.request().method() === 'POST' && /Products/.test(res.request().postData() ?? ''), { timeout: WAIT });
    await page.locator('.graphiql-execute-button').click({ timeout: WAIT });
    expect((await result).status()).toBe(200);
    await page.locator('.graphiql-response').getByText(`"name": "${productName}"`).waitFor({ timeout: WAIT });

    await page.screenshot({ path: '/tmp/explorer.png' });

    // Headers are editable and reach the router: a made-up bearer token is refused.
    await page.locator('.graphiql-editor-tool .monaco-editor[data-uri$="request-headers.json"]').click({ timeout: WAIT });
    await page.keyboard.insertText('{ "Authorization": "Bearer not-a-token" }');
    const refused = page.waitForResponse((res) => res.url().endsWith('/graphql') && res.request().headers().authorization === 'Bearer not-a-token', { timeout: WAIT });
    await page.locator('.graphiql-execute-button').click({ timeout: WAIT });
    expect((await refused).status()).toBe(401);
    await page.locator('.graphiql-response').getByText('UNAUTHENTICATED').waitFor({ timeout: WAIT });
    expect(external).toEqual([]);
  } finally {
    await context.close();
  }
}, scaled(240_000));
