import fs from 'node:fs';
import { expect, test } from './fixtures';
import { addToCart, expectSignInRefused, fillCard, inboxLink, openFirstResult, PASSWORD, placeOrderWithNewAddress, register, signIn, signOut, uniqueEmail } from './helpers';
import { resetLinkFor } from './mail';

const NEW_PASSWORD = 'Reset-e2e-Passw0rd';

test('a forgotten password is reset from the emailed link, which signs in; the old password is refused', async ({ page, baseURL }) => {
  const email = uniqueEmail('reset');
  await page.goto('/register');
  await register(page, email);
  await signOut(page);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.locator('#main').getByRole('status')).toContainText(`If an account exists for ${email}, we sent it a link`);
  // An unknown email gets the very same answer.
  const stranger = uniqueEmail('nobody');
  await page.getByLabel('Email').fill(stranger);
  await page.getByRole('button', { name: 'Send another link' }).click();
  await expect(page.locator('#main').getByRole('status')).toContainText(`If an account exists for ${stranger}, we sent it a link`);

  const link = await resetLinkFor(email);
  expect(link.startsWith(`${baseURL}/reset-password?token=`)).toBe(true);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('weak');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.locator('#main').getByRole('alert')).toContainText('Use at least 8 characters');
  await page.getByLabel('New password').fill(NEW_PASSWORD); // the token survives a weak password
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email)).toBeVisible();
  const cookies = (await page.context().cookies()).filter((c) => c.name === 'zero_at' || c.name === 'zero_rt');
  expect(cookies.every((c) => c.httpOnly)).toBe(true);
  expect(cookies).toHaveLength(2);

  // The link is spent.
  await page.goto(link);
  await page.getByLabel('New password').fill(`${NEW_PASSWORD}2`);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.locator('#main').getByRole('alert')).toContainText('This reset link no longer works');
  await expect(page.locator('#main').getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');

  await signOut(page);
  await expectSignInRefused(page, email, PASSWORD);
  await signIn(page, email, NEW_PASSWORD);
});

test('a password is changed in the account: the current one is checked, the new one works', async ({ page }) => {
  const email = uniqueEmail('change');
  await page.goto('/register');
  await register(page, email);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Password and privacy' }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  const form = page.getByRole('region', { name: 'Password', exact: true });
  await form.getByLabel('Current password').fill('Not-my-Passw0rd');
  await form.getByLabel('New password').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('That is not your current password.');
  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByLabel('New password').fill('short');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toContainText('Use at least 8 characters');
  await form.getByLabel('New password').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText('Password changed. Every other device was signed out.');
  // Still signed in with the fresh session the change answered.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Password and privacy' })).toBeVisible();

  await signOut(page);
  await expectSignInRefused(page, email, PASSWORD);
  await signIn(page, email, NEW_PASSWORD);
});

test('the header counts unread notifications (the welcome) and shows none after reading them', async ({ page }) => {
  const email = uniqueEmail('inbox');
  await page.goto('/register');
  await register(page, email);
  // The welcome arrives through auth's outbox: look again until it is there.
  await expect(async () => {
    await page.goto('/');
    await expect(inboxLink(page, 1)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  await inboxLink(page, 1).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await expect(page.getByRole('heading', { name: 'New: Welcome to Project Zero' })).toBeVisible();
  await expect(page.getByTestId('unread-summary')).toHaveText('1 unread.');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.locator('#main').getByRole('status')).toHaveText('All notifications marked as read.');
  await expect(page.getByRole('heading', { name: 'Welcome to Project Zero', exact: true })).toBeVisible();
  await expect(inboxLink(page, 0)).toBeVisible(); // the header was rendered again on the server
  await expect(page.getByRole('button', { name: /^Mark/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('unread-summary')).toHaveText('Nothing unread.');
  await expect(inboxLink(page, 0)).toBeVisible();
});

test('the inbox shows 20 notifications a page, "Load more" adds the next keyset page; one is marked read on its own', async ({ page }) => {
  const email = uniqueEmail('inbox-pages');
  await page.goto('/register');
  await register(page, email);
  // 20 password changes: 20 PASSWORD_CHANGED notifications after the welcome (each change answers a new session,
  // which the route handler's cookies carry to the next request).
  for (let i = 0; i < 20; i += 1) {
    const response = await page.request.post('/api/auth/change-password', {
      data: { currentPassword: i === 0 ? PASSWORD : `${NEW_PASSWORD}${i - 1}`, newPassword: `${NEW_PASSWORD}${i}` },
    });
    expect(await response.json()).toMatchObject({ userErrors: [] });
  }
  await expect(async () => {
    await page.goto('/account/notifications');
    await expect(page.getByText('Showing 20 of 21.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  await expect(inboxLink(page, 21)).toBeVisible();
  const items = page.getByRole('list', { name: 'Notifications, newest first' }).getByRole('listitem');
  await expect(items).toHaveCount(20);
  await expect(page.getByRole('heading', { name: 'Welcome to Project Zero' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(items).toHaveCount(21);
  await expect(page.getByText('Showing 21 of 21.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  await expect(items.last().getByRole('heading')).toHaveText(/Welcome to Project Zero/); // the oldest, once
  await expect(items.last().getByRole('heading')).toBeFocused(); // focus moves to the first notification added
  await expect(page.getByRole('heading', { name: /Your password was changed/ })).toHaveCount(20);

  await page.getByRole('button', { name: 'Mark as read: Welcome to Project Zero' }).click();
  await expect(page.locator('#main').getByRole('status')).toHaveText('Marked as read.');
  await expect(page.getByTestId('unread-summary')).toHaveText('20 unread.');
  await expect(inboxLink(page, 20)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Project Zero', exact: true })).toBeVisible();
});

test('"Download my data" saves a JSON file that holds the shopper\'s account', async ({ page }) => {
  const email = uniqueEmail('export');
  await page.goto('/register');
  await register(page, email);
  await page.goto('/account/security');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^project-zero-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  const data = JSON.parse(text) as { sections?: Record<string, unknown> };
  expect(text).toContain(email);
  expect(Object.keys(data.sections ?? {})).toEqual(expect.arrayContaining(['auth', 'users', 'cart', 'orders', 'payments', 'notifications']));
  await expect(page.locator('#main').getByRole('status')).toHaveText('Your data was downloaded.');
});

test('"Delete my account" asks for the password, signs out, and the account is gone', async ({ page, context }) => {
  const email = uniqueEmail('delete');
  await page.goto('/register');
  await register(page, email);
  await page.goto('/account/security');
  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const confirm = page.getByRole('form', { name: 'Delete your account for good?' });
  await expect(confirm.getByLabel('Password')).toBeFocused();
  await confirm.getByLabel('Password').fill('Not-my-Passw0rd');
  await confirm.getByRole('button', { name: 'Delete my account permanently' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('That is not your current password.');
  await confirm.getByLabel('Password').fill(PASSWORD);
  await confirm.getByRole('button', { name: 'Delete my account permanently' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name === 'zero_at' || c.name === 'zero_rt')).toHaveLength(0);
  await expectSignInRefused(page, email, PASSWORD);
});

test('an account with a paid order on its way is not deleted (OPEN_ORDERS), and stays signed in', async ({ page }) => {
  const email = uniqueEmail('open-orders');
  await page.goto('/register');
  await register(page, email);
  await openFirstResult(page, 'keyboard');
  const drawer = await addToCart(page);
  await drawer.getByRole('button', { name: 'Checkout' }).click();
  await placeOrderWithNewAddress(page);
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation/);

  await page.goto('/account/security');
  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const confirm = page.getByRole('form', { name: 'Delete your account for good?' });
  await confirm.getByLabel('Password').fill(PASSWORD);
  await confirm.getByRole('button', { name: 'Delete my account permanently' }).click();
  await expect(confirm.getByRole('alert')).toContainText('You have an order on its way');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete my account…' })).toBeFocused();
  await page.goto('/account');
  await expect(page.getByText(email)).toBeVisible();
});
