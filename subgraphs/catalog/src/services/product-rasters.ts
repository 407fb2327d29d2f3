import { LRUCache } from 'lru-cache';
import { imageFile } from './product-images';

/**
 * WebP renditions of the catalog's own pictures, at a few fixed widths, for `<img srcset>`.
 *
 * Why raster: a browser draws an SVG image on its main thread — Chromium builds a document for each one, 50–100 ms a
 * picture on a phone-class CPU, which is most of a product grid's Total Blocking Time — while it decodes WebP off the
 * main thread. The SVG stays the source (`/images/<slug>.svg`, exact at any size); these are drawn from it with
 * sharp (libvips), the library Next.js's own image optimiser uses, loaded only when the first rendition is asked for.
 * Where sharp cannot load (a platform without its prebuilt binary), the route answers the SVG instead.
 */

/** The widths a rendition is drawn at; a request snaps up to the next one, so the cache stays small. */
export const RASTER_WIDTHS = [128, 256, 384, 512, 640, 800] as const;
const LARGEST = RASTER_WIDTHS[RASTER_WIDTHS.length - 1]!;

/** The width a request for `requested` pixels is drawn at: the smallest rendition at least that wide. */
export function rasterWidth(requested: number): number {
  return RASTER_WIDTHS.find((width) => width >= requested) ?? LARGEST;
}

/** A catalog-served image path (`/images/<slug>.svg`) → the path of its WebP rendition `width` wide. */
export function rasterPath(path: string, width: number): string | null {
  const file = path.startsWith('/images/') ? imageFile(path.slice('/images/'.length)) : null;
  return file?.format === 'svg' ? `/images/${file.slug}.webp?w=${rasterWidth(width)}` : null;
}

type Sharp = typeof import('sharp');
let sharpModule: Promise<Sharp | null> | undefined;
function loadSharp(): Promise<Sharp | null> {
  sharpModule ??= import('sharp').then(
    (module) => {
      const sharp = ((module as { default?: Sharp }).default ?? module) as Sharp;
      // Renditions are cached here, once each; libvips's own operation cache and a thread per core would only hold
      // memory in a process that draws a picture now and then.
      sharp.cache(false);
      sharp.concurrency(1);
      return sharp;
    },
    () => null,
  );
  return sharpModule;
}

export class ProductRasters {
  /** Renditions by source and width; the promise is cached, so concurrent requests for one draw it once. */
  private readonly cache = new LRUCache<string, Promise<Buffer | null>>({ max: 1024 });

  /** The SVG `source` drawn `width` pixels wide as WebP; null where sharp is not available or fails on it. */
  render(source: string, width: number): Promise<Buffer | null> {
    const key = `${width}\n${source}`;
    let rendition = this.cache.get(key);
    if (!rendition) {
      rendition = loadSharp().then(async (sharp) => {
        if (!sharp) return null;
        // The SVG is 800 px; librsvg draws it at the density that gives `width` directly, no resampling after.
        const density = Math.max(1, (72 * width) / LARGEST);
        return sharp(Buffer.from(source), { density }).resize(width).webp({ quality: 80, effort: 4 }).toBuffer();
      });
      rendition.then(
        (buffer) => buffer ?? this.cache.delete(key),
        () => this.cache.delete(key),
      );
      this.cache.set(key, rendition);
    }
    return rendition.catch(() => null);
  }
}
