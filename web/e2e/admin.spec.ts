import { expect, test, waitingForHydration } from './fixtures';
import { DEMO } from './demo';
import { fillCard, newShopperAtPayment, signIn } from './helpers';

test('an admin creates a product that then appears in search', async ({ page }) => {
  await signIn(page, 'admin@example.com', DEMO.admin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

  const word = `Zephyrlamp${Date.now().toString(36)}`;
  const sku = `E2E-${word}`.slice(0, 60);
  const form = page.getByRole('region', { name: 'New product' });
  await form.getByLabel('Product name').fill(`${word} Desk Lamp`);
  // By role: a label's own text takes in the selected option's ("Category Electronics") once the categories are in.
  await form.getByRole('combobox', { name: 'Category', exact: true }).selectOption('home-goods');
  await form.getByLabel('Description', { exact: true }).fill('A warm desk lamp made for the end-to-end tests.');
  await form.getByLabel('SKU', { exact: true }).fill(sku);
  await form.getByLabel('Price (USD)', { exact: true }).fill('24.50');
  await form.getByLabel('Stock', { exact: true }).fill('7');
  // Checked before sending, and told in dollars (the API counts cents).
  await form.getByLabel('Price (USD)', { exact: true }).fill('abc');
  await form.getByRole('button', { name: 'Create product' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter the price in dollars, e.g. 12.99.');
  await form.getByLabel('Price (USD)', { exact: true }).fill('$10,000.01');
  await form.getByRole('button', { name: 'Create product' }).click();
  await expect(form.getByRole('alert')).toHaveText('Price must be between $0.00 and $10,000.00.');
  await form.getByLabel('Price (USD)', { exact: true }).fill('24.50');
  await form.getByRole('button', { name: 'Create product' }).click();
  await expect(form.getByRole('status')).toContainText(`${word} Desk Lamp`);

  // An empty stock box changes nothing; a number is set and said so.
  await page.getByRole('textbox', { name: 'Filter products' }).fill(word);
  const list = page.getByRole('region', { name: 'Products (1)' });
  await list.getByLabel(`Stock on hand of ${sku}`).fill('');
  await list.getByRole('button', { name: `Set stock of ${sku}` }).click();
  await expect(list.getByRole('alert')).toHaveText('Enter a stock count: nothing was changed.');
  await expect(list).toContainText('on hand 7');
  await list.getByLabel(`Stock on hand of ${sku}`).fill('9');
  await list.getByRole('button', { name: `Set stock of ${sku}` }).click();
  await expect(list.getByRole('status')).toHaveText('Stock set to 9.');
  await expect(list).toContainText('on hand 9');

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

test('cancelling a paid order asks first and says the payment will be refunded; the refund shows in the list', async ({ page, browser }) => {
  await newShopperAtPayment(page, 'admin-cancel');
  const orderNumber = (await page.getByTestId('order-number').textContent())!;
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\?order=/);

  const admin = waitingForHydration(await (await browser.newContext()).newPage());
  await signIn(admin, 'admin@example.com', DEMO.admin);
  await admin.goto('/admin/orders');
  const row = admin.getByRole('row', { name: new RegExp(orderNumber) });
  await expect(row).toContainText('Confirmed');

  const asked = admin.waitForEvent('dialog');
  const click = row.getByRole('button', { name: `Cancel ${orderNumber}` }).click();
  const dialog = await asked;
  expect(dialog.message()).toMatch(new RegExp(`^Cancel ${orderNumber}\\? .*\\$[\\d.,]+ will be refunded`));
  await dialog.dismiss();
  await click;
  await expect(row).toContainText('Confirmed'); // a "no" changes nothing

  admin.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: `Cancel ${orderNumber}` }).click();
  await expect(row).toContainText(/Cancelled|Refunded/);
  // The money goes back a moment later (the payments service hears of the cancel): the list shows it once it has.
  await expect(async () => {
    await admin.reload();
    await expect(row).toContainText(/Refunded \$[\d.,]+/, { timeout: 2_000 });
  }).toPass();
  await admin.context().close();
});
