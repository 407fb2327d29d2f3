import type { Locator, Page } from '@playwright/test';
import { expect, test, waitingForHydration } from './fixtures';
import { DEMO } from './demo';
import { expectNoViolation, fillCard, newShopperAtPayment, register, signIn, signOut, uniqueEmail } from './helpers';
import { emailWithSubject } from './mail';
import { asPartner } from './router';

/** Screenshots to look at (as e2e/screenshots.spec.ts keeps its own), at a desktop's width and a phone's. */
const SHOTS = 'e2e/.results/screenshots';

/**
 * Captures `target` (the whole element) or the screen as it is (`'screen'`: a modal dialog over the page) at both
 * widths, and checks that nothing makes the page scroll sideways.
 */
async function shoot(page: Page, target: Locator | 'screen', name: string) {
  for (const [label, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    const path = `${SHOTS}/admin-${name}-${label}.png`;
    await (target === 'screen' ? page.screenshot({ path }) : target.screenshot({ path }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const dollars = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
const cents = (text: string) => Math.round(Number(text.replace(/[$,]/g, '')) * 100);

/** A paid order: a new shopper buys a keyboard with the card that succeeds. Returns its number. */
async function paidOrder(page: Page, tag: string): Promise<string> {
  await newShopperAtPayment(page, tag);
  const orderNumber = (await page.getByTestId('order-number').textContent())!;
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\?order=/);
  return orderNumber;
}

/** Another browser, signed in as the admin. */
async function adminPage(page: Page): Promise<Page> {
  const admin = waitingForHydration(await (await page.context().browser()!.newContext()).newPage());
  await signIn(admin, 'admin@example.com', DEMO.admin);
  return admin;
}

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
  // Made without pictures: its card and its page say so, in the picture's place.
  const card = page.getByRole('link', { name: new RegExp(`${word} Desk Lamp`) });
  await expect(card.getByText('No picture yet')).toBeVisible();
  await card.click();
  await expect(page.getByRole('article').getByText('No picture yet')).toBeVisible();
  await expect(page.getByTestId('price')).toHaveText('$24.50');
  await expect(page.getByTestId('stock')).toHaveText('In stock');
});

test('the admin area is not there for a shopper', async ({ page }) => {
  await signIn(page, 'shopper@example.com', DEMO.shopper);
  for (const path of ['/admin', '/admin/orders', '/admin/partners', '/admin/announcements']) {
    const response = await page.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
  }
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

test('an admin edits a product: name, description, category, images, its variants and a new one; mistakes are shown beside their field', async ({ page }) => {
  await signIn(page, 'admin@example.com', DEMO.admin);
  await page.goto('/admin');
  // The SKU of a product made before (by the demo catalog or another test), which a new variant cannot take.
  const products = page.getByRole('region', { name: /^Products \(\d+\)$/ });
  const otherSku = (await products.locator(':scope > ul > li li > span').first().textContent())!.split(' — ')[0]!;
  const word = `Quillpen${Date.now().toString(36)}`;
  const skus = [`E2E-${word}-BLK`, `E2E-${word}-BLU`];
  const create = page.getByRole('region', { name: 'New product' });
  await create.getByLabel('Product name').fill(`${word} Fountain Pen`);
  await create.getByRole('combobox', { name: 'Category', exact: true }).selectOption('home-goods');
  await create.getByLabel('Description', { exact: true }).fill('A fountain pen made for the end-to-end tests.');
  await create.getByRole('button', { name: 'Add a variant' }).click();
  for (const [i, title, price] of [[1, 'Black', '30.00'], [2, 'Blue', '32.00']] as const) {
    await create.getByLabel(`Variant title ${i}`, { exact: true }).fill(title);
    await create.getByLabel(`SKU ${i}`, { exact: true }).fill(skus[i - 1]!);
    await create.getByLabel(`Price (USD) ${i}`, { exact: true }).fill(price);
  }
  await create.getByRole('button', { name: 'Create product' }).click();
  await expect(create.getByRole('status')).toContainText(`${word} Fountain Pen`);
  const slug = `${word.toLowerCase()}-fountain-pen`;
  // The product's page as shoppers see it, now in the storefront's cache: an edit must show at once all the same.
  await page.goto(`/p/${slug}`);
  await expect(page.getByTestId('price')).toHaveText('$30.00');

  await page.goto('/admin');
  await page.getByRole('textbox', { name: 'Filter products' }).fill(word);
  const list = page.getByRole('region', { name: 'Products (1)' });
  const editButton = list.getByRole('button', { name: `Edit ${word} Fountain Pen` });
  await editButton.click();
  await expect(editButton).toHaveAttribute('aria-expanded', 'true');
  const editor = list.getByRole('region', { name: `Edit ${word} Fountain Pen` });
  const name = editor.getByLabel('Name', { exact: true });
  await expect(name).toHaveValue(`${word} Fountain Pen`);
  await expect(name).toBeFocused();
  await expect(editor.getByRole('combobox', { name: 'Category' })).toHaveValue('home-goods');
  await expect(editor.getByLabel(`Price (USD) of ${skus[0]}`)).toHaveValue('30.00');
  await expect(editor.getByText('No images.')).toBeVisible();

  // A price is checked as dollars before anything is sent, and the message sits with its variant.
  const blackPrice = editor.getByLabel(`Price (USD) of ${skus[0]}`);
  await blackPrice.fill('27,5');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(blackPrice).toHaveAttribute('aria-invalid', 'true');
  await expect(blackPrice).toHaveAccessibleDescription('Enter the price in dollars, e.g. 12.99.');
  await expect(blackPrice).toBeFocused();
  await expect(editor.getByRole('alert')).toHaveText('Nothing was saved: correct what is marked above.');

  // The catalog's own user errors, each beside the field it names: a blank name, an image URL that is not one.
  await blackPrice.fill('27.50');
  await name.fill('   ');
  await editor.getByRole('button', { name: 'Add an image' }).click();
  await editor.getByLabel('Image 1 URL').fill('not-a-url');
  await editor.getByLabel('Image 1 alt text').fill('A calligraphy pen, nib down');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(name).toHaveAccessibleDescription('Name is required.');
  await expect(editor.getByLabel('Image 1 URL')).toHaveAccessibleDescription('The URL must be an absolute http(s) URL.');
  await expect(blackPrice).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('alert')).toHaveText('Nothing was saved: correct what is marked above.');
  await shoot(page, editor, 'product-edit');
  await expect(list).toContainText('$30.00'); // nothing was saved

  const imageUrl = new URL('/icon.svg', page.url()).href;
  await name.fill(`${word} Calligraphy Pen`);
  await editor.getByLabel('Description', { exact: true }).fill('A calligraphy pen with a broad nib.');
  await editor.getByRole('combobox', { name: 'Category' }).selectOption('kitchen');
  await editor.getByLabel('Image 1 URL').fill(imageUrl);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(list.getByRole('status')).toHaveText(`Saved changes to ${word} Calligraphy Pen.`);
  await expect(editor).toBeHidden();
  await expect(list.getByRole('button', { name: `Edit ${word} Calligraphy Pen` })).toBeFocused();
  // The list shows the product as saved: its name, category and the one price changed.
  await expect(list.getByRole('link', { name: `${word} Calligraphy Pen` })).toBeVisible();
  await expect(list).toContainText('· Kitchen');
  await expect(list.locator('li li', { hasText: skus[0]! })).toContainText('$27.50');
  await expect(list.locator('li li', { hasText: skus[1]! })).toContainText('$32.00');

  // Opened again: the form holds what was saved; saving without a change sends nothing.
  await list.getByRole('button', { name: `Edit ${word} Calligraphy Pen` }).click();
  const again = list.getByRole('region', { name: `Edit ${word} Calligraphy Pen` });
  await expect(again.getByRole('combobox', { name: 'Category' })).toHaveValue('kitchen');
  await expect(again.getByLabel('Image 1 URL')).toHaveValue(imageUrl);
  await expect(again.getByLabel('Image 1 alt text')).toHaveValue('A calligraphy pen, nib down');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(again.getByRole('status')).toHaveText('Nothing to save: no field was changed.');

  // A variant's title and weight change beside its price; a new variant is added with a value its option lacks.
  await expect(again.getByLabel(`Title of ${skus[1]}`, { exact: true })).toHaveValue('Blue');
  await again.getByLabel(`Title of ${skus[1]}`, { exact: true }).fill('Royal Blue');
  await again.getByLabel(`Weight (g) of ${skus[1]}`, { exact: true }).fill('25');
  await again.getByRole('button', { name: 'Add a variant' }).click();
  const newSku = again.getByLabel('SKU of new variant 1', { exact: true });
  const newOption = again.getByLabel('Option of new variant 1', { exact: true });
  // Checked before sending: a SKU the form holds already (in another case), one the API's pattern refuses, no value.
  await newSku.fill(skus[0]!.toLowerCase());
  await again.getByLabel('Price (USD) of new variant 1', { exact: true }).fill('35.00');
  await again.getByLabel('Weight (g) of new variant 1', { exact: true }).fill('30');
  await again.getByLabel('Initial stock of new variant 1', { exact: true }).fill('3');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(newSku).toHaveAccessibleDescription('Another variant in this form has this SKU (SKUs are compared regardless of case).');
  await expect(newSku).toBeFocused();
  await expect(newOption).toHaveAccessibleDescription('Enter a value for Option.');
  await expect(again.getByRole('alert')).toHaveText('Nothing was saved: correct what is marked above.');
  await newSku.fill('E2E red ink!');
  await newOption.fill('blue'); // Blue, as the option spells it: a second Blue variant
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(newSku).toHaveAccessibleDescription(/^The SKU must be 1–64 letters, digits, dots, dashes or underscores/);
  await expect(newOption).toHaveAccessibleDescription('Another variant already has Blue: choose other values.');
  await shoot(page, again, 'product-edit-new-variant');
  // The catalog's own refusal, beside the field too: a SKU another product has.
  await newSku.fill(otherSku.toLowerCase());
  await newOption.fill('Red');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(newSku).toHaveAccessibleDescription('Another product already has this SKU (SKUs are compared regardless of case).');
  await expect(newSku).toBeFocused();
  const redSku = `E2E-${word}-RED`;
  await newSku.fill(redSku);
  await again.getByLabel('Title of new variant 1', { exact: true }).fill('Red ink');
  await again.getByRole('button', { name: 'Save changes' }).click();
  await expect(list.getByRole('status')).toHaveText(`Saved changes to ${word} Calligraphy Pen.`);
  await expect(list.locator('li li', { hasText: skus[1]! })).toContainText(`${skus[1]} — Royal Blue`);
  await expect(list.locator('li li', { hasText: redSku })).toContainText(`${redSku} — Red ink`);
  await expect(list.locator('li li', { hasText: redSku })).toContainText('$35.00');
  await expect(list.locator('li li', { hasText: redSku })).toContainText('on hand 3');

  await list.getByRole('button', { name: `Edit ${word} Calligraphy Pen` }).click();
  await expect(again.getByLabel(`Weight (g) of ${skus[1]}`, { exact: true })).toHaveValue('25');
  await expect(again.getByLabel(`Price (USD) of ${redSku}`, { exact: true })).toHaveValue('35.00');
  await expect(again.getByRole('group', { name: new RegExp(`^${redSku} · Option Red$`) })).toBeVisible();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();

  // Shoppers see the change at once (the slug stays, so old links still work).
  await page.goto(`/p/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${word} Calligraphy Pen`);
  await expect(page.getByTestId('price')).toHaveText('$27.50');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText('Kitchen');
  await expect(page.getByRole('img', { name: 'A calligraphy pen, nib down' })).toBeVisible();
  // The new variant is for sale, under its new value of the option.
  await page.getByRole('group', { name: /^Option:/ }).getByRole('link', { name: 'Red' }).click();
  await expect(page.getByTestId('price')).toHaveText('$35.00');
  await expect(page.getByTestId('stock')).toHaveText('Only 3 left in stock');
});

test('a partial refund: the amount is checked, asked about with the amount, and the refunded total shown; then the rest', async ({ page }) => {
  const orderNumber = await paidOrder(page, 'admin-refund');
  const admin = await adminPage(page);
  await admin.goto('/admin/orders');
  const row = admin.getByRole('row', { name: new RegExp(orderNumber) });
  await expect(row).toContainText('Confirmed');
  const total = (await row.getByRole('cell').nth(3).textContent())!;
  const rest = dollars(cents(total) - 500);

  await row.getByRole('button', { name: `Refund ${orderNumber}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Refund ${orderNumber}` });
  const amount = dialog.getByLabel('Amount to refund (USD)');
  await expect(amount).toHaveValue(total.replace(/[$,]/g, '')); // everything left, unless the admin types less
  await expect(amount).toBeFocused();
  await expect(dialog).toContainText(`Left to refund${total}`);
  await amount.fill('five');
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the amount in dollars, e.g. 12.50.');
  await amount.fill(dollars(cents(total) + 1));
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`At most ${total} is left to refund.`);
  await expect(amount).toHaveAccessibleDescription(`At most ${total}. At most ${total} is left to refund.`);
  await amount.fill('5');
  await expect(dialog.getByRole('alert')).toHaveCount(0); // said of the amount before
  await dialog.getByLabel('Reason').fill('The box arrived dented');
  await shoot(admin, 'screen', 'refund-amount');

  // The question names the amount; "Back" changes nothing, and nothing is refunded before the answer.
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await expect(dialog.getByText(`Refund $5.00 of ${orderNumber} to the customer? This cannot be undone.`)).toBeFocused();
  await expect(dialog).toContainText('Reason: The box arrived dented');
  await shoot(admin, 'screen', 'refund-confirm');
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(amount).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await dialog.getByRole('button', { name: 'Refund $5.00' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Refunded $5.00. Refunded so far: $5.00 of ${total}.`);
  await expect(dialog).toContainText(`Left to refund${rest}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(`Partly refunded: $5.00 of ${total}`);
  await expect(row).toContainText('Confirmed'); // a part refunded leaves the order as it was

  // The rest: the box now offers what is left, and the order's payment ends fully refunded.
  await row.getByRole('button', { name: `Refund ${orderNumber}` }).click();
  await expect(amount).toHaveValue(rest.replace(/[$,]/g, ''));
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await expect(dialog).toContainText('It is everything left: the payment will be fully refunded, and the order, not shipped yet, will be cancelled');
  await dialog.getByRole('button', { name: `Refund ${rest}` }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Refunded ${rest}. Refunded so far: ${total} of ${total}.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(row).toContainText(`Refunded ${total}`);
  await expect(row.getByRole('button', { name: `Refund ${orderNumber}` })).toHaveCount(0);
  // All the money back before shipping cancels the order, a moment later (the orders service hears of the refund).
  await expect(async () => {
    await admin.reload();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^(Cancelled|Refunded)/, { timeout: 2_000 }); // the status, then the note
  }).toPass();
  await expect(row.getByRole('button', { name: `Mark processing ${orderNumber}` })).toHaveCount(0);
  await admin.context().close();
});

test('the admin lists go past their first page: Next and Previous through products and orders', async ({ page }) => {
  // Two orders, from two new shoppers: newest first, one a page.
  await newShopperAtPayment(page, 'admin-paging-1');
  const older = (await page.getByTestId('order-number').textContent())!;
  await signOut(page);
  await newShopperAtPayment(page, 'admin-paging-2');
  const newer = (await page.getByTestId('order-number').textContent())!;

  const admin = await adminPage(page);
  await admin.goto('/admin/orders?first=1');
  const pager = admin.getByRole('navigation', { name: 'Order pages' });
  await expect(pager).toContainText(/^Showing 1–1 of \d+/);
  await expect(admin.getByRole('row', { name: new RegExp(newer) })).toBeVisible();
  await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(pager).toContainText(/^Showing 2–2 of \d+/);
  await expect(admin.getByRole('row', { name: new RegExp(older) })).toBeVisible();
  await expect(admin.getByRole('row', { name: new RegExp(newer) })).toHaveCount(0);
  await expect(admin.getByRole('heading', { level: 2, name: /^Orders \(\d+\)$/ })).toBeFocused(); // the list, from its top
  await pager.getByRole('button', { name: 'Previous page' }).click();
  await expect(pager).toContainText(/^Showing 1–1 of \d+/);
  await expect(admin.getByRole('row', { name: new RegExp(newer) })).toBeVisible();
  // Another status starts again from the first page.
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(pager).toContainText(/^Showing 2–2/);
  await admin.getByLabel('Status').selectOption('PENDING');
  await expect(pager).toContainText(/^Showing 1–1 of \d+/);
  await expect(admin.getByRole('row', { name: new RegExp(newer) })).toBeVisible();
  await shoot(admin, admin.getByRole('region', { name: /^Orders \(\d+\)$/ }), 'orders-pages');

  // Products: 20 a page, over the demo catalog's two hundred.
  await admin.goto('/admin');
  const list = admin.getByRole('region', { name: /^Products \(\d+\)$/ });
  const products = admin.getByRole('navigation', { name: 'Product pages' });
  const shown = () => list.locator(':scope > ul > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href')));
  await expect(products).toContainText(/^Showing 1–20 of \d+/);
  const first = await shown();
  expect(first).toHaveLength(20);
  await products.getByRole('button', { name: 'Next page' }).click();
  await expect(products).toContainText(/^Showing 21–40 of \d+/);
  await expect(list.locator(':scope > ul > li').first().getByRole('link')).not.toHaveAttribute('href', first[0]!);
  const second = await shown();
  expect(second).toHaveLength(20);
  expect(second.filter((href) => first.includes(href))).toEqual([]); // keyset pages never overlap
  await products.getByRole('button', { name: 'Previous page' }).click();
  await expect(products).toContainText(/^Showing 1–20 of \d+/);
  await expect(list.locator(':scope > ul > li').first().getByRole('link')).toHaveAttribute('href', first[0]!);
  expect(await shown()).toEqual(first);
  await admin.context().close();
});

test('partners: an API client is created, its key shown once and copied, used against the router, then revoked after a question', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'admin@example.com', DEMO.admin);
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByText('Partners')).toHaveAttribute('aria-current', 'page');

  // What the auth subgraph would refuse is said beside the name before anything is sent.
  const create = page.getByRole('region', { name: 'New API client' });
  const name = create.getByRole('textbox', { name: 'Name', exact: true });
  await create.getByRole('button', { name: 'Create API client' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Enter a name for the API client/);
  await expect(name).toBeFocused();
  await name.fill('x'.repeat(101));
  await create.getByRole('button', { name: 'Create API client' }).click();
  await expect(create.getByRole('alert')).toHaveText('The name must be at most 100 characters (it has 101).');
  await name.fill('Acme \u202Etxt.exe');
  await create.getByRole('button', { name: 'Create API client' }).click();
  await expect(create.getByRole('alert')).toHaveText('The name must not contain control characters or line breaks.');

  const partner = `Acme Outfitters ${Date.now().toString(36)}`;
  await name.fill(partner);
  await create.getByRole('button', { name: 'Create API client' }).click();
  const key = create.getByRole('textbox', { name: `API key for ${partner}` });
  await expect(key).toHaveValue(/^pz_[A-Za-z0-9_-]{48}$/);
  await expect(key).toHaveAttribute('readonly', '');
  await expect(key).toBeFocused();
  await expect(key).toHaveAccessibleDescription(/it is shown only this once\. Only a hash of it is kept, so it cannot be shown again/);
  const apiKey = await key.inputValue();
  // No second client while this key is on screen: it would take the place of a key not copied yet.
  await expect(create.getByRole('button', { name: 'Create API client' })).toHaveCount(0);
  await create.getByRole('button', { name: 'Copy the key' }).click();
  await expect(create.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apiKey);

  const list = page.getByRole('region', { name: 'API clients' });
  const row = list.getByRole('row', { name: new RegExp(partner) });
  await expect(row).toContainText(`Key ${apiKey.slice(0, 7)}…`);
  await expect(row).toContainText('No operation list published yet');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Never');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
  await shoot(page, page.locator('#main'), 'partners-key-once');
  await expectNoViolation(page);

  // The partner's app uses the key: the router knows it (and runs nothing until the client's list is published).
  expect((await asPartner(apiKey)).codes).toEqual(['QUERY_NOT_IN_SAFELIST']);

  await create.getByRole('button', { name: 'Done: I have copied the key' }).click();
  await expect(key).toHaveCount(0);
  await expect(name).toBeFocused();
  // Its last use is recorded (by the auth subgraph, when the router first checks the key).
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/UTC$/, { timeout: 2_000 });
  }).toPass();
  await expect(page.locator('input[readonly]')).toHaveCount(0); // the key is not shown again

  // Revoking asks first, naming the client; Cancel changes nothing.
  const revoke = row.getByRole('button', { name: `Revoke ${partner}` });
  await revoke.click();
  const dialog = page.getByRole('dialog', { name: `Revoke ${partner}?` });
  await expect(dialog).toContainText(`Its key (${apiKey.slice(0, 7)}…) will be refused from then on`);
  await expect(dialog).toContainText('This cannot be undone; the client stays in the list as revoked.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shoot(page, 'screen', 'partners-revoke-confirm');
  await expectNoViolation(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
  expect((await asPartner(apiKey)).codes).toEqual(['QUERY_NOT_IN_SAFELIST']);

  await revoke.click();
  await dialog.getByRole('button', { name: 'Revoke API client' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('status')).toHaveText(`Revoked ${partner}: its key is refused from now on.`);
  await expect(list.getByRole('heading', { name: 'API clients' })).toBeFocused();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^Revoked.+UTC$/);
  await expect(revoke).toHaveCount(0);
  // The router refuses the key (once its short key cache on this platform has passed).
  await expect.poll(() => asPartner(apiKey)).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  await page.reload();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^Revoked/); // still listed
  await shoot(page, list, 'partners-list');
});

test('announcements: checked before sending, asked about (every user who opted in to marketing emails), then the number it went to', async ({ page }) => {
  // A shopper who opted in to marketing emails.
  const email = uniqueEmail('announcement');
  await page.goto('/register');
  await register(page, email);
  await page.goto('/account/settings');
  // Ticked once the preference is saved (the box shows what the API holds): a click, not check().
  await page.getByRole('checkbox', { name: 'News and offers by email' }).click();
  await expect(page.locator('#main').getByRole('status')).toHaveText('Preferences saved.');
  await expect(page.getByRole('checkbox', { name: 'News and offers by email' })).toBeChecked();

  const admin = await adminPage(page);
  await admin.goto('/admin/partners');
  await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Announcements' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
  const title = admin.getByRole('textbox', { name: 'Title', exact: true });
  const text = admin.getByRole('textbox', { name: 'Text', exact: true });
  const review = admin.getByRole('button', { name: 'Review and send' });
  const problems = admin.locator('#main form').getByRole('alert');

  // Everything the notifications subgraph would refuse, beside its field, before anything is sent.
  await review.click();
  await expect(title).toHaveAccessibleDescription(/Enter a title\.$/);
  await expect(text).toHaveAccessibleDescription(/Enter the text of the announcement\.$/);
  await expect(title).toBeFocused();
  await expect(problems).toHaveText('Nothing was sent: correct what is marked above.');
  await title.fill('x'.repeat(201));
  await text.fill('Bell\u0007');
  for (const channel of ['Email', 'In-app inbox']) await admin.getByRole('checkbox', { name: new RegExp(`^${channel}`) }).uncheck();
  await review.click();
  await expect(title).toHaveAccessibleDescription(/The title must be at most 200 characters \(it has 201\)\.$/);
  await expect(text).toHaveAccessibleDescription(/The text must not contain control characters/);
  await expect(admin.getByRole('checkbox', { name: /^Email/ })).toHaveAccessibleDescription('Choose at least one channel.');
  await shoot(admin, admin.locator('#main'), 'announcement-problems');
  await title.fill('Winter sale\u202E');
  await review.click();
  await expect(title).toHaveAccessibleDescription(/The title must not contain control characters, tabs or line breaks\.$/);
  await expect(admin.getByRole('dialog')).toBeHidden();
  await expectNoViolation(admin);

  const subject = `Winter sale ${Date.now().toString(36)}`;
  await title.fill(subject);
  await text.fill('Everything is 20% off until Sunday.\n\nSee you in the shop!');
  for (const channel of ['Email', 'In-app inbox']) await admin.getByRole('checkbox', { name: new RegExp(`^${channel}`) }).check();
  await expect(problems).toHaveCount(1); // said of the form as it was, until it is sent again
  await review.click();
  const dialog = admin.getByRole('dialog', { name: 'Send this announcement?' });
  await expect(dialog).toHaveAccessibleDescription('It goes to every user who opted in to marketing emails, by email and the in-app inbox. Once sent, it cannot be taken back.');
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText(subject);
  await expect(dialog.getByRole('button', { name: 'Back' })).toBeFocused();
  await expect(problems).toHaveCount(0);
  await shoot(admin, 'screen', 'announcement-confirm');
  await expectNoViolation(admin);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toHaveValue(subject); // nothing sent, nothing lost

  await review.click();
  await dialog.getByRole('button', { name: 'Send announcement' }).click();
  await expect(dialog).toBeHidden();
  const outcome = admin.locator('#main').getByRole('status');
  await expect(outcome).toHaveText(new RegExp(`^Sent “${subject}” to \\d+ users? who opted in to marketing emails\\.$`));
  await expect(outcome).toBeFocused();
  const recipients = Number(/to (\d+) user/.exec((await outcome.textContent())!)![1]);
  expect(recipients).toBeGreaterThanOrEqual(1); // the shopper above, at least
  await expect(title).toHaveValue(''); // a second click cannot send it again
  await shoot(admin, admin.locator('#main'), 'announcement-sent');
  await admin.context().close();

  // The shopper gets it in the inbox and by email, with a way to unsubscribe.
  await expect(async () => {
    await page.goto('/account/notifications');
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  const mail = await emailWithSubject(email, subject);
  expect(mail.text).toContain('Everything is 20% off until Sunday.');
  expect(mail.headers['list-unsubscribe']).toBeTruthy();
});
