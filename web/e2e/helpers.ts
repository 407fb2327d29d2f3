import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Shop-e2e-Passw0rd';
export const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;

/** The "Cart" button, whose accessible name carries the count. */
export const cartButton = (page: Page) => page.getByRole('button', { name: /^Cart,?\s*\d+\s+items?$/ });

export async function expectCartCount(page: Page, count: number) {
  await expect(page.getByRole('button', { name: new RegExp(`^Cart,?\\s*${count}\\s+${count === 1 ? 'item' : 'items'}$`) })).toBeVisible();
}

/** Searches from the header and opens the first result. */
export async function openFirstResult(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${query}`));
  await expect(page.getByTestId('result-count')).toHaveText(/\d+ results?/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(query); // kept, to refine
  await page.locator('#main ul.grid a').first().click();
  await expect(page).toHaveURL(/\/p\//);
}

/** Adds the product page's current variant; the drawer opens with it. */
export async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer).toBeVisible();
  return drawer;
}

export async function closeDrawer(page: Page) {
  await page.getByRole('dialog', { name: 'Your cart' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog', { name: 'Your cart' })).toBeHidden();
}

/** Signed in, and the form has sent the shopper on (to `next`, or the account). */
async function signedInAndAway(page: Page) {
  await expect(page).not.toHaveURL(/\/(register|sign-in)/);
  await expect(page.getByRole('link', { name: 'Account', exact: true })).toBeVisible();
}

export async function register(page: Page, email: string, name = 'E2E Shopper') {
  await expect(page).toHaveURL(/\/register/);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await signedInAndAway(page);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedInAndAway(page);
}

export async function fillNewAddress(page: Page) {
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Address line 1').fill('1 Market Street');
  await page.getByLabel('City').fill('San Francisco');
  await page.getByLabel('State or region').fill('CA');
  await page.getByLabel('Postal code').fill('94105');
  await page.getByLabel('Country').selectOption('US');
}

export async function fillCard(page: Page, number: string) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Name on card').fill('Ada Lovelace');
}

/** A new shopper signs up, puts the first keyboard found into the cart and places the order: on the payment step. */
export async function newShopperAtPayment(page: Page, tag: string) {
  await page.goto('/register');
  await register(page, uniqueEmail(tag));
  await openFirstResult(page, 'keyboard');
  await addToCart(page);
  await page.getByRole('dialog', { name: 'Your cart' }).getByRole('button', { name: 'Checkout' }).click();
  await placeOrderWithNewAddress(page);
}

/** Places the order from the checkout page with a new address; returns on the payment step. */
export async function placeOrderWithNewAddress(page: Page) {
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible();
  await fillNewAddress(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\?order=/);
  await expect(page.getByTestId('order-number')).toHaveText(/^ORD-/);
}

/** Signs out from the account page; the header then offers "Sign in". */
export async function signOut(page: Page) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Tries to sign in and expects to be refused as an unknown email or a wrong password. */
export async function expectSignInRefused(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#main').getByRole('alert')).toHaveText('The email or password is not right.');
  await expect(page).toHaveURL(/\/sign-in/);
}

/** The header's inbox link, whose accessible name carries the unread count ("Notifications, 2 unread"). */
export const inboxLink = (page: Page, unread: number) =>
  page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: `Notifications, ${unread} unread`, exact: true });

/** axe (WCAG 2.1 A and AA rules) finds nothing on the page as it is now (an open dialog included). */
export async function expectNoViolation(page: Page) {
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
