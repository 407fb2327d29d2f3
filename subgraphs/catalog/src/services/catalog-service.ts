import { and, asc, desc, eq, exists, getTableColumns, gt, isNull, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { badInput, pageSize, type Database } from '@zero/service';
import { categories, products, variants, type CategoryRow, type ProductRow, type tables } from '../db/schema';
import { availableSql } from './availability';
import { decodeCursor, encodeCursor, type CursorValues } from './cursor';
import { toPrefixQuery } from './search';

type Db = Database<typeof tables>;

/** A product as resolvers see it (the search document stays in the database). */
export type ProductRecord = Omit<ProductRow, 'search'>;
const { search: _search, ...productColumns } = getTableColumns(products);
export { productColumns };

export type ProductSort = 'RELEVANCE' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC' | 'NAME_ASC';
export interface ProductFilter {
  search?: string | null;
  category?: string | null;
  minPrice?: number | null;
  maxPrice?: number | null;
  inStock?: boolean | null;
}

export interface CategoryFacet {
  category: CategoryRow;
  count: number;
}

/** One page of a product connection; the counts are computed only when a client asks for them. */
export interface ProductPage {
  edges: { cursor: string; node: ProductRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount(): Promise<number>;
  facets(): Promise<CategoryFacet[]>;
}

interface SortSpec {
  key: SQL;
  dir: 'asc' | 'desc';
  idDir: 'asc' | 'desc';
  cast: string;
  value(row: ProductRecord & { rank: number }): string | number;
}

/** Reading the catalog: filtered, sorted, keyset-paginated product lists with counts and category facets. */
export class CatalogService {
  constructor(private readonly db: Db) {}

  /** One page of live products matching `filter`, in `sort` order, after the `after` cursor. */
  async listProducts(
    args: { first?: number | null; after?: string | null; filter?: ProductFilter | null; sort?: ProductSort | null },
    categoryTree: () => Promise<CategoryRow[]>,
  ): Promise<ProductPage> {
    const first = pageSize(args.first);
    const filter = args.filter ?? {};
    const sort = args.sort ?? 'NEWEST';
    const search = filter.search?.trim() ? toPrefixQuery(filter.search) : null;
    if (sort === 'RELEVANCE' && !filter.search?.trim()) throw badInput('Sort RELEVANCE needs `filter.search`');
    for (const key of ['minPrice', 'maxPrice'] as const) {
      const value = filter[key];
      if (value != null && value < 0) throw badInput(`\`filter.${key}\` must not be negative`);
    }
    if (filter.minPrice != null && filter.maxPrice != null && filter.minPrice > filter.maxPrice) {
      throw badInput('`filter.minPrice` must not be above `filter.maxPrice`');
    }

    const where = await this.conditions(filter, search, categoryTree);
    if (!where) return emptyPage();
    const rank = search ? sql<number>`ts_rank(${products.search}, to_tsquery('english', ${search}))::real` : sql<number>`0::real`;
    const spec = sortSpec(sort, rank);
    const conditions = [...where];
    if (args.after) conditions.push(keysetCondition(spec, decodeCursor(sort, args.after)));

    // One row more than the page shows whether another follows; with `first: 0` too (the page is empty, the
    // answer is not), so that query is never skipped.
    const rows = await this.db
      .select({ ...productColumns, rank })
      .from(products)
      .where(and(...conditions))
      .orderBy(spec.dir === 'asc' ? asc(spec.key) : desc(spec.key), spec.idDir === 'asc' ? asc(products.id) : desc(products.id))
      .limit(first + 1);
    const page = rows.slice(0, first).map((row) => ({ ...row, rank: Number(row.rank) }));
    const edges = page.map(({ rank: r, ...node }) => ({ cursor: encodeCursor(sort, [spec.value({ ...node, rank: r }), node.id]), node }));

    let counts: Promise<Map<string, number>> | undefined;
    const byCategory = () =>
      (counts ??= this.db
        .select({ categoryId: products.categoryId, count: sql<number>`count(*)::int` })
        .from(products)
        .where(and(...where))
        .groupBy(products.categoryId)
        .then((r) => new Map(r.map((x) => [x.categoryId, Number(x.count)]))));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => sum(await byCategory()),
      facets: async () => rollUp(await byCategory(), await categoryTree()),
    };
  }

  /** The WHERE of a filter; null when nothing can match (an unknown category). */
  private async conditions(filter: ProductFilter, search: string | null, categoryTree: () => Promise<CategoryRow[]>): Promise<SQL[] | null> {
    const where: SQL[] = [isNull(products.archivedAt)];
    if (filter.search?.trim()) {
      // Nothing searchable (only punctuation): no product matches.
      if (!search) return null;
      where.push(sql`${products.search} @@ to_tsquery('english', ${search})`);
    }
    if (filter.category != null) {
      const tree = await categoryTree();
      const root = tree.find((c) => c.slug === filter.category);
      if (!root) return null;
      where.push(inArray(products.categoryId, subtreeIds(tree, root.id)));
    }
    if (filter.minPrice != null || filter.maxPrice != null) {
      const min = filter.minPrice ?? 0;
      const max = filter.maxPrice ?? 2_147_483_647;
      where.push(sql`exists (select 1 from ${variants} v where v.product_id = ${products.id} and v.price between ${min} and ${max})`);
    }
    if (filter.inStock != null) {
      // In stock: some variant has units available (as Product.inStock says).
      const v = alias(variants, 'v');
      const available = exists(this.db.select({ one: sql`1` }).from(v).where(and(eq(v.productId, products.id), gt(availableSql(v), 0))));
      where.push(filter.inStock ? available : sql`not ${available}`);
    }
    return where;
  }

  /**
   * The first page (or the page after a cursor) of several categories' products at once, newest first: one
   * statement whatever the number of categories (a window function ranks each category's products).
   */
  async pagesByCategory(keys: readonly { categoryId: string; first: number; after: string | null }[], tree: CategoryRow[]): Promise<ProductPage[]> {
    const rows: SQL[] = [];
    const decoded = keys.map((key) => (key.after ? decodeCursor('NEWEST', key.after) : null));
    keys.forEach((key, idx) => {
      const after = decoded[idx];
      for (const categoryId of subtreeIds(tree, key.categoryId)) {
        rows.push(sql`(${idx}::int, ${categoryId}::uuid, ${after ? String(after[0]) : null}::timestamptz, ${after ? after[1] : null}::uuid, ${key.first + 1}::int)`);
      }
    });
    const found = rows.length
      ? ((await this.db.execute(sql`
          select * from (
            select p.id, p.slug, p.name, p.description, p.category_id, p.options, p.min_price, p.max_price, p.archived_at,
                   p.created_at, p.updated_at, k.idx, k.lim,
                   row_number() over (partition by k.idx order by p.created_at desc, p.id desc) as rn
            from ${products} p
            join (values ${sql.join(rows, sql`, `)}) as k(idx, category_id, after_at, after_id, lim) on p.category_id = k.category_id
            where p.archived_at is null and (k.after_at is null or (p.created_at, p.id) < (k.after_at, k.after_id))
          ) ranked where rn <= lim
          order by idx, rn`)) as unknown as { rows: Record<string, unknown>[] }).rows
      : [];
    return keys.map((key, idx) => {
      const mine = found.filter((row) => Number(row.idx) === idx).map(toProductRecord);
      const page = mine.slice(0, key.first);
      const edges = page.map((node) => ({ cursor: encodeCursor('NEWEST', [node.createdAt.toISOString(), node.id]), node }));
      return {
        edges,
        pageInfo: { hasNextPage: mine.length > key.first, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: async () => 0,
        facets: async () => [],
      };
    });
  }

  /** Live product counts per category of several category subtrees at once (one statement). */
  async countsByCategory(categoryIds: readonly string[], tree: CategoryRow[]): Promise<Map<string, number>[]> {
    const rows: SQL[] = [];
    categoryIds.forEach((id, idx) => {
      for (const categoryId of subtreeIds(tree, id)) rows.push(sql`(${idx}::int, ${categoryId}::uuid)`);
    });
    const found = rows.length
      ? ((await this.db.execute(sql`
          select k.idx, p.category_id, count(*)::int as count
          from ${products} p join (values ${sql.join(rows, sql`, `)}) as k(idx, category_id) on p.category_id = k.category_id
          where p.archived_at is null
          group by k.idx, p.category_id`)) as unknown as { rows: { idx: unknown; category_id: string; count: unknown }[] }).rows
      : [];
    return categoryIds.map((_id, idx) => new Map(found.filter((r) => Number(r.idx) === idx).map((r) => [r.category_id, Number(r.count)])));
  }

  /** A product by slug (archived ones too). */
  async productBySlug(slug: string): Promise<ProductRecord | null> {
    const [row] = await this.db.select(productColumns).from(products).where(eq(products.slug, slug));
    return row ?? null;
  }

  /** What an image needs to render: a product's name and its category's slugs. */
  async imageSubject(slug: string): Promise<{ name: string; category: string; parent: string | null } | null> {
    const [row] = await this.db
      .select({ name: products.name, category: categories.slug, parentId: categories.parentId })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(eq(products.slug, slug));
    if (!row) return null;
    let parent: string | null = null;
    if (row.parentId) {
      const [p] = await this.db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, row.parentId));
      parent = p?.slug ?? null;
    }
    return { name: row.name, category: row.category, parent };
  }
}

function sortSpec(sort: ProductSort, rank: SQL<number>): SortSpec {
  switch (sort) {
    case 'RELEVANCE':
      return { key: rank, dir: 'desc', idDir: 'asc', cast: 'real', value: (row) => row.rank };
    case 'PRICE_ASC':
      return { key: sql`${products.minPrice}`, dir: 'asc', idDir: 'asc', cast: 'int', value: (row) => row.minPrice };
    case 'PRICE_DESC':
      return { key: sql`${products.minPrice}`, dir: 'desc', idDir: 'desc', cast: 'int', value: (row) => row.minPrice };
    case 'NAME_ASC':
      return { key: sql`${products.name}`, dir: 'asc', idDir: 'asc', cast: 'text', value: (row) => row.name };
    case 'NEWEST':
    default:
      return { key: sql`${products.createdAt}`, dir: 'desc', idDir: 'desc', cast: 'timestamptz', value: (row) => row.createdAt.toISOString() };
  }
}

/** Rows strictly after the cursor in the sort's order (the id breaks ties, so no row is seen twice or skipped). */
function keysetCondition(spec: SortSpec, [value, id]: CursorValues): SQL {
  const v = sql`${value}::${sql.raw(spec.cast)}`;
  const after = sql`${id}::uuid`;
  const op = (dir: 'asc' | 'desc') => sql.raw(dir === 'asc' ? '>' : '<');
  if (spec.dir === spec.idDir) return sql`(${spec.key}, ${products.id}) ${op(spec.dir)} (${v}, ${after})`;
  return sql`(${spec.key} ${op(spec.dir)} ${v} or (${spec.key} = ${v} and ${products.id} ${op(spec.idDir)} ${after}))`;
}

/** A category and all its descendants. */
export function subtreeIds(tree: CategoryRow[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const c of tree) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}

/** Per-category counts rolled up to every ancestor, in tree order, zeros left out. */
export function rollUp(counts: Map<string, number>, tree: CategoryRow[]): CategoryFacet[] {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const total = new Map<string, number>();
  for (const [categoryId, count] of counts) {
    for (let c = byId.get(categoryId); c; c = c.parentId ? byId.get(c.parentId) : undefined) total.set(c.id, (total.get(c.id) ?? 0) + count);
  }
  return inTreeOrder(tree)
    .filter((c) => (total.get(c.id) ?? 0) > 0)
    .map((category) => ({ category, count: total.get(category.id)! }));
}

/** Depth first: each category followed by its children, siblings by position then name. */
export function inTreeOrder(tree: CategoryRow[]): CategoryRow[] {
  const ordered: CategoryRow[] = [];
  const visit = (parentId: string | null) => {
    const children = tree.filter((c) => c.parentId === parentId).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const child of children) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}

export function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

function emptyPage(): ProductPage {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: async () => 0, facets: async () => [] };
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function toProductRecord(row: Record<string, unknown>): ProductRecord {
  return {
    id: String(row.id),
    slug: String(row.slug),
    name: String(row.name),
    description: String(row.description),
    categoryId: String(row.category_id),
    options: (typeof row.options === 'string' ? JSON.parse(row.options) : row.options) as ProductRecord['options'],
    minPrice: Number(row.min_price),
    maxPrice: Number(row.max_price),
    archivedAt: row.archived_at == null ? null : toDate(row.archived_at),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

