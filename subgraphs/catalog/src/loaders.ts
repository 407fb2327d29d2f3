import DataLoader from 'dataloader';
import { asc, desc, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import { isId, type Database } from '@zero/service';
import { categories, productImages, products, stockMovements, variants, type CategoryRow, type ImageRow, type StockMovementRow, type tables, type VariantRow } from './db/schema';
import { productColumns, rollUp, sum, type CatalogService, type ProductPage, type ProductRecord } from './services/catalog-service';
import { availableOf } from './services/availability';

/**
 * Per-request batching: whatever the number of products, variants or categories a request touches, each kind of
 * row is read with one statement per level of the query.
 */
export function createLoaders(db: Database<typeof tables>, catalog: CatalogService) {
  const byIds = <T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const valid = ids.filter(isId);
      const rows = valid.length ? await fetch(valid) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const groupedBy = <T>(key: (row: T) => string, fetch: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await fetch(ids as string[]);
      const groups = new Map<string, T[]>();
      for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
      return ids.map((id) => groups.get(id) ?? []);
    });

  let tree: Promise<CategoryRow[]> | undefined;
  /** The whole category tree (a few dozen rows), read at most once per request. */
  const categoryTree = () => (tree ??= db.select().from(categories).orderBy(asc(categories.position), asc(categories.name)));

  const product = byIds<ProductRecord>((ids) => db.select(productColumns).from(products).where(inArray(products.id, ids)));
  const variant = byIds<VariantRow>((ids) => db.select().from(variants).where(inArray(variants.id, ids)));
  const category = byIds<CategoryRow>((ids) => db.select().from(categories).where(inArray(categories.id, ids)));
  const categoryBySlug = new DataLoader<string, CategoryRow | null>(async (slugs) => {
    const rows = await db.select().from(categories).where(inArray(categories.slug, slugs as string[]));
    return slugs.map((slug) => rows.find((row) => row.slug === slug) ?? null);
  });
  const variantsByProduct = groupedBy<VariantRow>(
    (row) => row.productId,
    (ids) => db.select().from(variants).where(inArray(variants.productId, ids)).orderBy(asc(variants.position), asc(variants.createdAt), asc(variants.sku)),
  );
  const imagesByProduct = groupedBy<ImageRow>(
    (row) => row.productId,
    (ids) => db.select().from(productImages).where(inArray(productImages.productId, ids)).orderBy(asc(productImages.position), asc(productImages.id)),
  );
  const childrenByCategory = groupedBy<CategoryRow>(
    (row) => row.parentId!,
    (ids) => db.select().from(categories).where(inArray(categories.parentId, ids)).orderBy(asc(categories.position), asc(categories.name)),
  );
  /** What can still be sold of each variant (the rule is in services/availability.ts). */
  const available = new DataLoader<string, number>(async (ids) => {
    const found = await availableOf(db, ids.filter(isId));
    return ids.map((id) => found.get(id) ?? 0);
  });
  // The newest 100 movements of each variant (the most `stockMovements(first:)` may ask for): the ledger grows with
  // every sale, and a read of it must not.
  const movements = new DataLoader<string, StockMovementRow[]>(async (ids) => {
    const ranked = db
      .select({
        ...getTableColumns(stockMovements),
        rank: sql<number>`row_number() over (partition by ${stockMovements.variantId} order by ${stockMovements.createdAt} desc, ${stockMovements.id} desc)`.as('rank'),
      })
      .from(stockMovements)
      .where(inArray(stockMovements.variantId, ids as string[]))
      .as('ranked');
    const rows = await db.select().from(ranked).where(lte(ranked.rank, 100)).orderBy(desc(ranked.createdAt), desc(ranked.id));
    return ids.map((id) => rows.filter((row) => row.variantId === id).map(({ rank: _rank, ...row }) => row as StockMovementRow));
  });
  const categoryCounts = new DataLoader<string, Map<string, number>>(async (ids) => catalog.countsByCategory(ids, await categoryTree()));
  const categoryProducts = new DataLoader<{ categoryId: string; first: number; after: string | null }, ProductPage, string>(
    async (keys) => {
      const t = await categoryTree();
      const pages = await catalog.pagesByCategory(keys, t);
      return pages.map((page, i) => {
        const id = keys[i]!.categoryId;
        return { ...page, totalCount: async () => sum(await categoryCounts.load(id)), facets: async () => rollUp(await categoryCounts.load(id), t) };
      });
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );

  return {
    categoryTree,
    product,
    variant,
    category,
    categoryBySlug,
    variantsByProduct,
    imagesByProduct,
    childrenByCategory,
    available,
    movements,
    categoryProducts,
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
