import { z } from 'zod';
import { bool, retentionEnv, startSubgraph, type Database, type Env, type StartOptions, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { reservationRetention } from './db/retention';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { CatalogService } from './services/catalog-service';
import { ensureCategories, seedDemoCatalog } from './services/demo-catalog';
import { InventoryService } from './services/inventory-service';
import { ProductAdminService } from './services/product-admin';
import { imageFile, renderProductSvg } from './services/product-images';
import { ProductRasters, rasterWidth } from './services/product-rasters';
import type { Context } from './context';

const env = {
  /** Base of the absolute URLs of the images this subgraph serves itself (`/images/<slug>.svg`, and its `.webp` renditions). */
  PUBLIC_URL: z
    .string()
    .url()
    .default('http://localhost:8004')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Seed the demo catalog on first start (never in production). */
  SEED_DEMO: bool(false),
  /** How long a reservation holds stock unless the caller says otherwise. */
  RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1800),
  ...retentionEnv,
  /** How long a released or lapsed reservation is kept before it is deleted (committed ones are the sale and stay). */
  RESERVATION_RETENTION_DAYS: z.coerce.number().min(1).default(30),
};

/** What the catalog builds once per process and hands to every request. */
export interface CatalogServices {
  catalog: CatalogService;
  inventory: InventoryService;
  admin: ProductAdminService;
  db: Database<typeof tables>;
  publicUrl: string;
}

export const catalogSubgraph: SubgraphDefinition<typeof tables, typeof env, CatalogServices, Context> = {
  name: 'catalog',
  defaultPort: 8004,
  env,
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, jobs }) {
    // The four departments exist in every store; the demo products only where asked for, never in production.
    await ensureCategories(db);
    if (config.SEED_DEMO && config.NODE_ENV !== 'production') await seedDemoCatalog(db, logger);
    const services: CatalogServices = {
      catalog: new CatalogService(db),
      inventory: new InventoryService(db, config.RESERVATION_TTL_SECONDS),
      admin: new ProductAdminService(db),
      db,
      publicUrl: config.PUBLIC_URL,
    };
    jobs.every(config.RETENTION_INTERVAL_MS, reservationRetention(db, config.RESERVATION_RETENTION_DAYS));
    return { services };
  },
  context: (base, services) => ({ ...base, ...services, loaders: createLoaders(services.db, services.catalog) }),
  routes(app, { catalog }) {
    // `/images/<slug>.svg`, the picture; `/images/<slug>.webp?w=<px>`, a raster rendition of it (product-rasters.ts).
    const rasters = new ProductRasters();
    app.get('/images/:file', async (req, res, next) => {
      try {
        const file = imageFile(req.params.file);
        const subject = file ? await catalog.imageSubject(file.slug) : null;
        if (!subject) {
          res.status(404).json({ error: 'not found' });
          return;
        }
        const svg = renderProductSvg(subject.name, subject.parent ?? subject.category);
        const webp = file?.format === 'webp' ? await rasters.render(svg, rasterWidth(Number(req.query.w) || 0)) : null;
        res.set({ 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' });
        if (webp) res.type('image/webp').send(webp);
        else {
          res
            .set({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" })
            .type('image/svg+xml; charset=utf-8')
            .send(svg);
        }
      } catch (error) {
        next(error);
      }
    });
  },
};

/** Starts the catalog subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(catalogSubgraph, environment, options);
}
