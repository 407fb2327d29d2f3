/**
 * First paint first: the page's framework code starts once the first screen is shown (the loader and why:
 * `first-paint-loader.js`; the script rewrite: `server.js`). Hero images — the product images of the first screen —
 * carry `elementtiming` so the loader can tell when they have been painted.
 */

/** The attribute that marks an image as a hero for the loader (Element Timing's name for it). */
export const HERO_IMAGE = { elementtiming: 'hero' } as const;

declare module 'react' {
  // Element Timing (https://wicg.github.io/element-timing/): React passes the attribute through; its types lack it.
  interface ImgHTMLAttributes<T> {
    elementtiming?: string;
  }
}
