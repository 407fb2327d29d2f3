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

// The catalog's pictures are shown as WebP renditions sized by srcset (subgraphs/catalog/src/services/product-rasters.ts):
// Chromium draws an SVG image on the main thread, a raster one off it.
test('product pictures are WebP renditions as wide as they are shown', async ({ page }) => {
  // A demo product's page (the home page's first card is the newest product, which another spec may have made with
  // a picture of its own).
  await page.goto('/search?q=hoodie');
  await page.locator('#main ul.grid a').first().click();
  await expect(page).toHaveURL(/\/p\//);
  const hero = page.locator('main img[elementtiming]').first();
  await expect(hero).toHaveJSProperty('complete', true);
  const shown = await hero.evaluate(async (img: HTMLImageElement) => {
    // An image chosen from a srcset reports a width corrected by its descriptor; the file's own width needs a probe.
    const probe = new Image();
    probe.src = img.currentSrc;
    await probe.decode();
    return { src: img.currentSrc, natural: probe.naturalWidth, css: img.getBoundingClientRect().width * devicePixelRatio };
  });
  const requested = Number(new URL(shown.src).searchParams.get('w'));
  expect(new URL(shown.src).pathname).toMatch(/\/images\/[a-z0-9-]+\.webp$/);
  expect(shown.natural).toBe(requested); // the storefront passed the width on to the catalog
  // At a device pixel ratio of 1 (the tests' viewport) Chromium takes the first candidate at least as wide as shown.
  expect(shown.natural).toBeGreaterThanOrEqual(Math.min(800, shown.css));
  const response = await page.request.get(shown.src);
  expect(response.headers()['content-type']).toBe('image/webp');
});

// server.js replaceNotFoundShell: Next answers a page's notFound() with an empty error shell, drawn by its code; the
// storefront serves the not-found page itself, as for an unknown URL, so it is shown at once, even without JavaScript.
test("a page's notFound() is a 404 with the not-found page in its HTML, shown without waiting for the code", async ({ page, browser }) => {
  for (const path of ['/p/no-such-product', '/c/no-such-category', '/checkout/pay']) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/); // the root layout's, not <html id="__next_error__">
    expect(html).toContain('We could not find that page');
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/p/no-such-product');
  await expect(plain.getByRole('heading', { name: 'We could not find that page' })).toBeVisible({ timeout: 2_000 });
  await expect(plain.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
  await context.close();
  // With its code, the page hydrates and its links are the shop's own.
  await page.goto('/p/no-such-product');
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { name: 'New arrivals' })).toBeVisible();
});
