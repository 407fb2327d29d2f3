import type { Route } from '@playwright/test';
import { expect, test, waitingForHydration } from './fixtures';
import { DEMO } from './demo';
import { addToCart, closeDrawer, expectCartCount, fillCard, newShopperAtPayment, openFirstResult, placeOrderWithNewAddress, register, signIn, uniqueEmail } from './helpers';

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
  await newShopperAtPayment(page, 'declined');
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
  await newShopperAtPayment(page, 'pay-later');
  const orderNumber = (await page.getByTestId('order-number').textContent())!;

  // The confirmation step of an unpaid order thanks no one: it leads to the payment.
  await page.goto(page.url().replace('/checkout/pay', '/checkout/confirmation'));
  await expect(page.getByRole('heading', { name: 'Your order is not paid yet' })).toBeVisible();
  await expect(page.getByText('Thank you')).toHaveCount(0);
  await page.getByRole('link', { name: 'Pay for the order' }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\?order=/);
  await expect(page.getByTestId('order-number')).toHaveText(orderNumber);

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
  await expect(page.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible();
});

test("a card's decline says what to do: another card for insufficient funds, the same again after a processing error", async ({ page }) => {
  await newShopperAtPayment(page, 'processing');
  const problem = page.getByRole('complementary', { name: 'To pay' }).getByRole('alert');

  await fillCard(page, '4000 0000 0000 9995');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(problem).toHaveText('The card has insufficient funds. Try another card.');
  await expect(page.getByLabel('A new card')).toBeChecked();

  await fillCard(page, '4000 0000 0000 0119');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(problem).toContainText('could not be processed just now, and nothing was charged. Press "Pay now" to try again');
  // The card stays chosen for another try (the test card fails every time).
  await expect(page.getByLabel(/ending 0119/)).toBeChecked();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(problem).toContainText('could not be processed');

  await page.getByLabel('A new card').check();
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible();
});

test('a cancelled order is said to be cancelled, not thanked for', async ({ page }) => {
  await newShopperAtPayment(page, 'cancelled');
  const payment = page.url();
  const orderNumber = (await page.getByTestId('order-number').textContent())!;

  await page.goto('/account');
  await page.getByRole('link', { name: orderNumber }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');

  await page.goto(payment);
  await expect(page.getByText(`Order ${orderNumber} is cancelled.`)).toBeVisible();
  await page.getByRole('link', { name: 'See the order' }).click();
  await expect(page.getByRole('heading', { name: `Order ${orderNumber}` })).toBeVisible();
  await page.goto(payment.replace('/checkout/pay', '/checkout/confirmation'));
  await expect(page.getByRole('heading', { name: 'This order was cancelled' })).toBeVisible();
  await expect(page.getByText('Thank you')).toHaveCount(0);
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
  // The logout route cannot be reached: the shopper is told, and stays signed in where they were.
  await page.route('**/api/auth/logout', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('#main').getByRole('alert')).toHaveText(/We could not sign you out/);
  await expect(page).toHaveURL(/\/account$/);
  await page.unroute('**/api/auth/logout');

  // Signed out for real: no query of the account is sent again as a guest (it would be refused).
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('response', (response) => void (response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`)));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
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

test('the cart drawer says it is loading, or that the shop could not be reached: never "empty" while it does not know', async ({ page }) => {
  await page.goto('/');
  await openFirstResult(page, 'keyboard');
  await addToCart(page);
  await page.reload(); // a new page: the drawer reads the cart afresh when opened
  await expectCartCount(page, 1);

  // The cart's request is held, then fails.
  let fail!: () => void;
  const failed = new Promise<void>((resolve) => (fail = resolve));
  await page.route('**/api/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName !== 'Cart') return route.continue();
    await failed;
    await route.abort('connectionrefused');
  });
  await page.getByRole('button', { name: /^Cart/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer.getByText('Loading your cart…')).toBeVisible();
  await expect(drawer.getByText('Your cart is empty.')).toHaveCount(0);
  fail();
  await expect(drawer.getByRole('alert')).toContainText('We could not reach the shop.');
  await expect(drawer.getByText('Your cart is empty.')).toHaveCount(0);

  await page.unroute('**/api/graphql');
  await drawer.getByRole('button', { name: 'Retry' }).click();
  await expect(drawer.getByRole('link', { name: /Keyboard/ })).toBeVisible();
});

test('adding past the 10 of an item a cart holds says the cart has the most already', async ({ page }) => {
  await page.goto('/');
  await openFirstResult(page, 'keyboard');
  const quantity = page.getByRole('combobox', { name: 'Quantity' });
  await quantity.selectOption('10');
  await addToCart(page);
  await closeDrawer(page);
  await expectCartCount(page, 10);
  await quantity.selectOption('1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.locator('#main').getByRole('alert')).toHaveText('Your cart already holds 10 of this item, the most allowed.');
  await expect(page.getByRole('dialog', { name: 'Your cart' })).toBeHidden();
  await expectCartCount(page, 10);
});

test('when the shop cannot be reached, account pages offer a retry: not "signed out", not "no such order"', async ({ page }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  const offline = (route: Route) => route.abort('connectionrefused');
  await page.route('**/api/graphql', offline);
  for (const path of ['/account/settings', '/checkout/confirmation?order=any-order']) {
    await page.goto(path);
    await expect(page.locator('#main').getByRole('alert')).toContainText('We could not reach the shop.');
    await expect(page.getByText(/signed out|could not find/)).toHaveCount(0);
  }
  await page.unroute('**/api/graphql', offline);
  await page.locator('#main').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('We could not find that order.')).toBeVisible(); // reached now: there is no such order
});
