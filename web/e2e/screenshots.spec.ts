import { expect, test } from './fixtures';
import { addToCart, closeDrawer, fillCard, fillNewAddress, openFirstResult, register, uniqueEmail } from './helpers';

/**
 * The main pages render at phone and desktop widths, captured as screenshots: into e2e/.results on every run (to
 * look at), into docs/screenshots for the README with `SCREENSHOTS=1 npm run test:e2e -- screenshots`. One
 * shopper's way through the shop: home, a listing, a product, the cart (drawer and page), checkout (as a new
 * account), and the account with the order just paid.
 */
const folder = process.env.SCREENSHOTS ? 'docs/screenshots' : 'e2e/.results/screenshots';

for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  test(`screenshots at ${label} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shot = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${folder}/${name}-${label}.png` });
    };
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'New arrivals' })).toBeVisible();
    await shot('home');
    await page.goto('/c/clothing?sort=price-asc&stock=1');
    await expect(page.getByTestId('result-count')).toBeVisible();
    await shot('listing');
    await openFirstResult(page, 'hoodie');
    await shot('product');
    await addToCart(page);
    await shot('cart-drawer');
    await closeDrawer(page);

    await page.goto('/cart');
    await expect(page.getByRole('region', { name: 'Cart' }).getByLabel(/^Quantity of/)).toHaveText('1');
    await shot('cart');
    await page.getByRole('region', { name: 'Cart' }).getByRole('link', { name: 'Checkout' }).click();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await register(page, uniqueEmail(`screenshots-${label}`), 'Ada Lovelace');
    await expect(page).toHaveURL(/\/checkout$/);
    await fillNewAddress(page);
    await expect(page.getByTestId('quote-total')).toHaveText(/^\$/); // the summary is quoted for the address
    await shot('checkout');
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(/\/checkout\/pay\?order=/);
    await fillCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await expect(page).toHaveURL(/\/checkout\/confirmation/);

    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByRole('row', { name: /ORD-/ })).toContainText('Confirmed');
    await shot('account');
  });
}

/** The account's security pages and the inbox, for a new account: its welcome notification unread, then the rest. */
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  test(`account security screenshots at ${label} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shot = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${folder}/${name}-${label}.png` });
    };
    const email = uniqueEmail(`screenshots-security-${label}`);
    await page.goto('/register');
    await register(page, email, 'Ada Lovelace');
    await expect(async () => {
      await page.goto('/account/notifications');
      await expect(page.getByRole('heading', { name: 'New: Welcome to Project Zero' })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await shot('inbox');
    await page.goto('/account/security');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await expect(page.getByRole('form', { name: 'Delete your account for good?' })).toBeVisible();
    await shot('security');
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.locator('#main').getByRole('status')).toBeVisible();
    await shot('forgot-password');
    await page.goto('/reset-password?token=an-example-token');
    await expect(page.getByLabel('New password')).toBeVisible();
    await shot('reset-password');
  });
}
