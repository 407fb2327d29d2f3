import { expect, test } from './fixtures';
import { DEMO } from './demo';
import { signIn } from './helpers';

test('an admin creates a product that then appears in search', async ({ page }) => {
  await signIn(page, 'admin@example.com', DEMO.admin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

  const word = `Zephyrlamp${Date.now().toString(36)}`;
  const form = page.getByRole('region', { name: 'New product' });
  await form.getByLabel('Product name').fill(`${word} Desk Lamp`);
  // By role: a label's own text takes in the selected option's ("Category Electronics") once the categories are in.
  await form.getByRole('combobox', { name: 'Category', exact: true }).selectOption('home-goods');
  await form.getByLabel('Description', { exact: true }).fill('A warm desk lamp made for the end-to-end tests.');
  await form.getByLabel('SKU', { exact: true }).fill(`E2E-${word}`.slice(0, 60));
  await form.getByLabel('Price (USD)', { exact: true }).fill('24.50');
  await form.getByLabel('Stock', { exact: true }).fill('7');
  await form.getByRole('button', { name: 'Create product' }).click();
  await expect(form.getByRole('status')).toContainText(`${word} Desk Lamp`);

  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('result-count')).toHaveText('1 result');
  await page.getByRole('link', { name: new RegExp(`${word} Desk Lamp`) }).click();
  await expect(page.getByTestId('price')).toHaveText('$24.50');
  await expect(page.getByTestId('stock')).toHaveText('In stock');
});

test('the admin area is not there for a shopper', async ({ page }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
});
