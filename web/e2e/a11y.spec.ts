import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** axe (WCAG 2.1 A and AA rules) on the shop's public pages. */
const PAGES = ['/', '/search?q=hoodie', '/c/clothing?sort=price-asc&stock=1', '/search?q=zzzznothing', '/sign-in', '/register', '/cart', '/no-such-page'];

for (const path of PAGES) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('axe finds no violation on a product page', async ({ page }) => {
  await page.goto('/search?q=hoodie');
  await page.locator('#main ul.grid a').first().click();
  await expect(page).toHaveURL(/\/p\//);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
