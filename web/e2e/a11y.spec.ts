import { expect, test } from './fixtures';
import { DEMO } from './demo';
import { expectNoViolation, inboxLink, register, signIn, uniqueEmail } from './helpers';

/** axe (WCAG 2.1 A and AA rules) on the shop's public pages. */
const PAGES = [
  '/',
  '/search?q=hoodie',
  '/c/clothing?sort=price-asc&stock=1',
  '/search?q=zzzznothing',
  '/sign-in',
  '/register',
  '/forgot-password',
  '/reset-password?token=an-example-token',
  '/reset-password',
  '/cart',
  '/no-such-page',
  '/p/no-such-product',
];

for (const path of PAGES) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolation(page);
  });
}

test('axe finds no violation on a product page', async ({ page }) => {
  await page.goto('/search?q=hoodie');
  await page.locator('#main ul.grid a').first().click();
  await expect(page).toHaveURL(/\/p\//);
  await expectNoViolation(page);
});

test('axe finds no violation on the inbox, and on password and privacy (with the deletion step open)', async ({ page }) => {
  await page.goto('/register');
  await register(page, uniqueEmail('a11y'));
  await expect(async () => {
    await page.goto('/account/notifications');
    await expect(page.getByRole('heading', { name: 'New: Welcome to Project Zero' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(inboxLink(page, 1)).toBeVisible();
  await expectNoViolation(page);
  await page.goto('/account/security');
  await expect(page.getByRole('heading', { name: 'Password and privacy' })).toBeVisible();
  await expectNoViolation(page);
  await page.getByRole('button', { name: 'Delete my account…' }).click();
  await expect(page.getByRole('form', { name: 'Delete your account for good?' })).toBeVisible();
  await expectNoViolation(page);
});

test('axe finds no violation on the admin console: product and order lists, the product editor, partners, announcements', async ({ page }) => {
  await signIn(page, 'admin@example.com', DEMO.admin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit/ }).first()).toBeVisible();
  await expectNoViolation(page);
  await page.getByRole('button', { name: /^Edit/ }).first().click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expectNoViolation(page);

  await page.goto('/admin/orders');
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expectNoViolation(page);

  for (const [path, heading] of [['/admin/partners', /partners|api clients/i], ['/admin/announcements', /announcement/i]] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoViolation(page);
  }
});
