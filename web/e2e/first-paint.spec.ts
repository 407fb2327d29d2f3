import { expect, test } from './fixtures';

// lib/first-paint.ts and server.js: the page is painted from its HTML before its framework code is fetched.
test('a page paints before its code loads, then hydrates with the web font on', async ({ page }) => {
  const response = await page.goto('/'); // returns once hydrated (fixtures.ts)
  const html = await response!.text();
  expect(html).toContain('<script data-deferred-src="/_next/static/');
  expect(html).not.toMatch(/<script src="\/_next\/[^"]+" async/);
  expect(response!.headers()['content-encoding']).toMatch(/^(br|gzip)$/);

  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\/_next\/static\/.+\.js$/.test(new URL(e.name).pathname))
      .map((e) => e.startTime);
    return { paint, scripts };
  });
  expect(timing.scripts.length).toBeGreaterThan(0);
  expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint);
  await expect(page.locator('html')).toHaveClass(/\bweb-fonts\b/);

  // Hydrated: the cart button works.
  await page.getByRole('button', { name: /^Cart/ }).click();
  await expect(page.getByRole('dialog', { name: 'Your cart' })).toBeVisible();
});
