import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The product links of the listing's grid, in order. */
const shown = (page: Page) => page.locator('#main ul.grid > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('"Load more" adds the next keyset page of 24; the URL keeps the count through back and reload', async ({ page }) => {
  // All products (203 in the demo catalog): more than three pages.
  await page.goto('/search');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ results$/);
  const total = Number((await page.getByTestId('result-count').textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(72);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(24);
  const first = await shown(page);

  await page.getByRole('link', { name: 'Load more' }).click();
  await expect(page).toHaveURL(/\/search\?first=48$/);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(48);
  const two = await shown(page);
  expect(two.slice(0, 24)).toEqual(first); // the next page continues the list: nothing moved, nothing repeated
  expect(new Set(two).size).toBe(48);

  await page.reload();
  await expect(page.locator('#main ul.grid > li')).toHaveCount(48);
  expect(await shown(page)).toEqual(two);

  // Away to a product of the second page, and back: the same 48 products.
  await page.locator('#main ul.grid > li a').nth(30).click();
  await expect(page).toHaveURL(/\/p\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?first=48$/);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(48);
  expect(await shown(page)).toEqual(two);

  await page.getByRole('link', { name: 'Load more' }).click();
  await expect(page).toHaveURL(/\/search\?first=72$/);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(72);
  const three = await shown(page);
  expect(three.slice(0, 48)).toEqual(two);
  expect(new Set(three).size).toBe(72);

  // Back goes to the previous count; a filter change starts again from one page.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?first=48$/);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(48);
  await page.getByLabel('Sort by').selectOption('price-asc');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).not.toHaveURL(/first=/);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(24);
});

test('the last page has no "Load more"', async ({ page }) => {
  await page.goto('/search?q=hoodie');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ results?$/);
  const total = Number((await page.getByTestId('result-count').textContent())!.split(' ')[0]);
  expect(total).toBeLessThan(24);
  await expect(page.locator('#main ul.grid > li')).toHaveCount(total);
  await expect(page.getByRole('link', { name: 'Load more' })).toHaveCount(0);
});
