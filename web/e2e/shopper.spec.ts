import { expect, test, waitingForHydration } from './fixtures';
import { DEMO } from './demo';
import { addToCart, closeDrawer, expectCartCount, fillCard, openFirstResult, placeOrderWithNewAddress, register, signIn, uniqueEmail } from './helpers';

test('browse → search → product → variant → add to cart → sign up → checkout → pay → confirmation → history', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'New arrivals' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Clothing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clothing' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toHaveText(/\d+ results/);

  await openFirstResult(page, 'hoodie');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoodie');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('Product');

  // Choose another size that is in stock: the choice goes into the URL, and the price and stock follow it.
  const sizes = page.getByRole('group', { name: /^Size/ });
  const other = sizes.locator('a:not([aria-current])').filter({ hasNotText: 'out of stock' }).first();
  const size = (await other.textContent())!.trim();
  await other.click();
  await expect(page).toHaveURL(new RegExp(`size=${encodeURIComponent(size)}`));
  await expect(sizes.locator('a[aria-current="true"]')).toHaveText(size);
  await expect(page.getByTestId('stock')).toHaveText(/in stock/i);

  await page.getByLabel('Quantity').selectOption('2');
  const drawer = await addToCart(page);
  await expect(drawer.getByLabel(/^Quantity of/)).toHaveText('2');
  await expectCartCount(page, 2);
  await drawer.getByRole('button', { name: 'Checkout' }).click();

  // A guest is asked to sign in first; a new shopper creates an account and comes straight back.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcheckout/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/register\?next=%2Fcheckout/);
  const email = uniqueEmail('buyer');
  await register(page, email);
  await expectCartCount(page, 2);
  await placeOrderWithNewAddress(page);
  const orderNumber = (await page.getByTestId('order-number').textContent())!;
  await expect(page.getByText('4242 4242 4242 4242')).toBeVisible(); // test cards are named in development
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();

  await expect(page).toHaveURL(/\/checkout\/confirmation\?order=/);
  await expect(page.getByTestId('order-number')).toHaveText(orderNumber);
  await expect(page.getByTestId('order-number')).toHaveText(/^ORD-\d{6}-/);
  await expectCartCount(page, 0);

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(orderNumber) });
  await expect(row).toContainText('Confirmed');
  await row.getByRole('link', { name: orderNumber }).click();
  await expect(page.getByRole('heading', { name: `Order ${orderNumber}` })).toBeVisible();
  await expect(page.getByTestId('payments')).toContainText('succeeded');
});

test('a declined card, then a good one: one order, one charge', async ({ page }) => {
  await page.goto('/register');
  await register(page, uniqueEmail('declined'));
  await openFirstResult(page, 'keyboard');
  await addToCart(page);
  await page.getByRole('dialog', { name: 'Your cart' }).getByRole('button', { name: 'Checkout' }).click();
  await placeOrderWithNewAddress(page);
  const orderNumber = (await page.getByTestId('order-number').textContent())!;

  await fillCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('complementary', { name: 'To pay' }).getByRole('alert')).toContainText('declined');
  await expect(page).toHaveURL(/\/checkout\/pay\?order=/);
  // The declined card was not kept ("Save this card" was not ticked): it is not offered again.
  await expect(page.getByLabel(/ending 0002/)).toHaveCount(0);

  await page.getByLabel('A new card').check();
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation/);
  await expect(page.getByTestId('order-number')).toHaveText(orderNumber);

  await page.goto('/account');
  await expect(page.getByRole('row', { name: /ORD-/ })).toHaveCount(1);
  await page.getByRole('link', { name: orderNumber }).click();
  const payments = page.getByTestId('payments');
  await expect(payments.getByText('succeeded')).toHaveCount(1);
  await expect(payments.getByText('failed')).toHaveCount(1);
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
});

test('an order left at the payment step is paid later from its page', async ({ page }) => {
  await page.goto('/register');
  await register(page, uniqueEmail('pay-later'));
  await openFirstResult(page, 'keyboard');
  await addToCart(page);
  await page.getByRole('dialog', { name: 'Your cart' }).getByRole('button', { name: 'Checkout' }).click();
  await placeOrderWithNewAddress(page);
  const orderNumber = (await page.getByTestId('order-number').textContent())!;

  // The shopper leaves without paying; the cart is empty now, and the order's page offers the payment.
  await page.goto('/account');
  await page.getByRole('link', { name: orderNumber }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  await page.getByRole('link', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\?order=/);
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation/);
  await expect(page.getByTestId('order-number')).toHaveText(orderNumber);
});

test('a guest cart survives a reload and is merged on sign-in', async ({ browser }) => {
  // A shopper with something in their cart already…
  const email = uniqueEmail('merge');
  const shopperContext = await browser.newContext();
  const shopper = waitingForHydration(await shopperContext.newPage());
  await shopper.goto('/register');
  await register(shopper, email);
  await openFirstResult(shopper, 'keyboard');
  await addToCart(shopper);
  await expectCartCount(shopper, 1);
  await shopperContext.close();

  // …shops as a guest on another device, then signs in.
  const guestContext = await browser.newContext();
  const page = waitingForHydration(await guestContext.newPage());
  await page.goto('/');
  await openFirstResult(page, 'hoodie');
  await addToCart(page);
  await closeDrawer(page);
  await expectCartCount(page, 1);
  await page.reload();
  await expectCartCount(page, 1);
  expect(await page.evaluate(() => document.cookie)).not.toContain('zero_'); // the cart's secret is httpOnly

  await signIn(page, email);
  await expectCartCount(page, 2);
  await page.goto('/cart');
  await expect(page.getByRole('link', { name: /Hoodie/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Keyboard/ })).toBeVisible();
  await guestContext.close();
});

test('the back button restores a filtered listing', async ({ page }) => {
  await page.goto('/c/clothing');
  await page.getByLabel('Sort by').selectOption('price-asc');
  await page.getByLabel('In stock only').check();
  await page.getByPlaceholder('Max').fill('60');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const filtered = /\/c\/clothing\?sort=price-asc&min=&max=60&stock=1$/;
  await expect(page).toHaveURL(filtered);
  const count = (await page.getByTestId('result-count').textContent())!;
  const first = (await page.locator('#main ul.grid h3').first().textContent())!;

  await page.locator('#main ul.grid a').first().click();
  await expect(page).toHaveURL(/\/p\//);
  await page.goBack();

  await expect(page).toHaveURL(filtered);
  await expect(page.getByTestId('result-count')).toHaveText(count);
  await expect(page.locator('#main ul.grid h3').first()).toHaveText(first);
  await expect(page.getByLabel('Sort by')).toHaveValue('price-asc');
  await expect(page.getByLabel('In stock only')).toBeChecked();
});

test('signing out clears the session', async ({ page, context }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  const names = (await context.cookies()).map((c) => c);
  const session = names.filter((c) => c.name === 'zero_at' || c.name === 'zero_rt');
  expect(session).toHaveLength(2);
  expect(session.every((c) => c.httpOnly && c.sameSite === 'Lax')).toBe(true);

  await page.goto('/account');
  await expect(page.getByText('shopper@example.com')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name.startsWith('zero_') && c.name !== 'zero_cart')).toHaveLength(0);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
});

test("another origin cannot write with the shopper's cookies (CSRF), the storefront's own pages can", async ({ page, context }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  const body = { operationName: 'AddToCart', variables: { variantId: 'not-a-variant', quantity: 1 } };
  // The browser context's request API carries the session cookies, as a forged cross-site form post would.
  const forged = await context.request.post('/api/graphql', { headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, data: JSON.stringify(body) });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ errors: [{ message: 'Cross-origin requests are refused', extensions: { code: 'FORBIDDEN' } }] });
  const logout = await context.request.post('/api/auth/logout', { headers: { origin: 'http://evil.example' } });
  expect(logout.status()).toBe(403);
  // Still signed in; and the page's own request goes through.
  await page.goto('/account');
  await expect(page.getByText('shopper@example.com')).toBeVisible();
  const own = await page.evaluate(async () => {
    const res = await fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operationName: 'Cart', variables: {} }) });
    return { status: res.status, errors: ((await res.json()) as { errors?: unknown[] }).errors };
  });
  expect(own).toEqual({ status: 200, errors: undefined });
});

test('the session is refreshed before the access token expires', async ({ page, context }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  const before = await context.cookies();
  const token = (name: string, cookies = before) => cookies.find((c) => c.name === name)!;
  // Pretend the access token expires in 10 s: the next request rotates the session before rendering. Several
  // requests arrive together with the old cookies (as a page and its prefetches do): they must share one rotation,
  // since auth revokes the whole session when a rotated token is presented again.
  await context.addCookies([{ ...token('zero_exp'), value: String(Date.now() + 10_000) }]);
  const alongside = await Promise.all(['/cart', '/', '/account'].map((path) => context.request.get(path, { maxRedirects: 0 })));
  for (const response of alongside) expect(response.status()).toBe(200);
  await page.goto('/account');
  await expect(page.getByText('shopper@example.com')).toBeVisible();
  const after = await context.cookies();
  expect(token('zero_rt', after).value).not.toBe(token('zero_rt').value);
  expect(token('zero_at', after).value).not.toBe(token('zero_at').value);
  expect(Number(token('zero_exp', after).value)).toBeGreaterThan(Date.now() + 10 * 60_000);
});

test('cart quantities change at once and are confirmed by the server', async ({ page }) => {
  await page.goto('/');
  await openFirstResult(page, 'keyboard');
  await addToCart(page);
  await closeDrawer(page);
  await page.goto('/cart');
  const cart = page.getByRole('region', { name: 'Cart' });
  const quantity = cart.getByLabel(/^Quantity of/);
  await expect(quantity).toHaveText('1');
  const unit = (await cart.getByTestId('cart-subtotal').textContent())!;
  await cart.getByRole('button', { name: /^Increase quantity of/ }).click();
  await expect(quantity).toHaveText('2');
  await expectCartCount(page, 2);
  const cents = (s: string) => Math.round(Number(s.replace(/[^0-9.]/g, '')) * 100);
  await expect.poll(async () => cents((await cart.getByTestId('cart-subtotal').textContent())!)).toBe(cents(unit) * 2);
  await page.reload();
  await expect(cart.getByLabel(/^Quantity of/)).toHaveText('2'); // the server kept it
  await cart.getByRole('button', { name: /^Remove/ }).click();
  await expect(cart.getByText('Your cart is empty.')).toBeVisible();
  await expectCartCount(page, 0);
});
