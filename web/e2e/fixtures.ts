import { test as base, expect, type Page } from '@playwright/test';

/**
 * A full page load leaves the page inert for a moment: its code starts after the first paint (lib/first-paint.ts)
 * and then hydrates. A shopper's click in that moment follows the plain HTML (a link loads its page, a button does
 * nothing yet); a test acts at machine speed, so it waits for hydration (`<html data-hydrated>`) after every
 * navigation that loads a document.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The page, with `goto`, `reload`, `goBack` and `goForward` returning once the page they lead to has hydrated. */
export function waitingForHydration(page: Page): Page {
  for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
    (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await navigate(...args);
      await hydrated(page);
      return response;
    };
  }
  return page;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await use(waitingForHydration(page));
  },
});

export { expect };
