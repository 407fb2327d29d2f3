import { expect, test } from '@playwright/test';
import { addToCart, openFirstResult } from './helpers';

/**
 * The main pages render at phone and desktop widths, captured as screenshots: into e2e/.results on every run (to
 * look at), into docs/screenshots for the README with `SCREENSHOTS=1 npm run test:e2e -- screenshots`.
 */
const folder = process.env.SCREENSHOTS ? 'docs/screenshots' : 'e2e/.results/screenshots';

for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  test(`screenshots at ${label} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shot = (name: string) => page.screenshot({ path: `${folder}/${name}-${label}.png` });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'New arrivals' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await shot('home');
    await page.goto('/c/clothing?sort=price-asc&stock=1');
    await expect(page.getByTestId('result-count')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await shot('listing');
    await openFirstResult(page, 'hoodie');
    await page.waitForLoadState('networkidle');
    await shot('product');
    await addToCart(page);
    await shot('cart-drawer');
  });
}
