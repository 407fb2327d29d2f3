import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { CONTROL_CHARACTERS_PROBLEM, CONTROL_CHARACTERS_PROBLEM_MULTILINE, hasControlCharacters, isId, userError, type Database, type UserError } from '@zero/service';
import { CatalogCode } from '../codes';
import { categories, productImages, products, stockMovements, variants, type OptionValue, type SelectedOptionValue, type tables } from '../db/schema';
import { productColumns, type ProductRecord } from './catalog-service';

type Db = Database<typeof tables>;

export interface SelectedOptionInput { name: string; value: string }
export interface VariantInput {
  sku: string; title?: string | null; price: number; weightGrams: number; stock: number;
  selectedOptions?: SelectedOptionInput[] | null;
}
export interface ImageInput { url: string; alt?: string | null }
export interface ProductOptionInput { name: string; values: string[] }
export interface CreateProductInput {
  name: string; slug?: string | null; description: string; categorySlug: string;
  images?: ImageInput[] | null; variants: VariantInput[]; options?: ProductOptionInput[] | null;
}
export interface UpdateProductInput {
  name?: string | null; slug?: string | null; description?: string | null; categorySlug?: string | null;
  images?: ImageInput[] | null; variants?: VariantInput[] | null; options?: ProductOptionInput[] | null;
}
export type ProductResult = { product: ProductRecord | null; userErrors: UserError[] };

/**
 * Input limits of the admin API. A price is at most $10,000.00 so that no cart or order total can pass what `Money`
 * (a GraphQL `Int`) and the orders' integer columns hold: a full cart, 50 lines of 10 at the top price, is
 * $5,000,000.00; with 8.5 % tax and the dearest shipping it stays far below 2^31 − 1 cents.
 */
export const LIMITS = {
  name: 200, description: 5000, slug: 100, sku: 64, images: 20, url: 2000, alt: 300,
  variants: 100, options: 5, optionText: 50, price: 1_000_000, weightGrams: 1_000_000, stock: 1_000_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Makes a URL slug of a name: "Aurora Wireless Headphones (2nd gen)" → "aurora-wireless-headphones-2nd-gen". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slug)
    .replace(/-+$/, '');
}

/** Variant title from its options: "M / Navy", or "Default". */
export function variantTitle(selected: SelectedOptionValue[]): string {
  return selected.length ? selected.map((o) => o.value).join(' / ') : 'Default';
}

/**
 * SKUs are case-insensitive everywhere: `abc-1` and `ABC-1` would be one label to a warehouse and to an admin who
 * searches for it, and the check within one input always compared them so. The catalog's unique index is on the
 * upper-cased SKU (`variants.sku_upper`); each variant keeps the spelling it was created with. SKUs are ASCII (the
 * pattern above), so JavaScript's and PostgreSQL's upper-casing agree.
 */
function skuKey(sku: string): string {
  return sku.toUpperCase();
}

/** The unique index that makes SKUs unique (case-insensitively). */
const SKU_INDEX = 'variants_sku_upper_key';

/** What makes two variants alike: the options they choose, compared case-insensitively (`S` and `s` look the same). */
function optionsKey(selected: SelectedOptionValue[]): string {
  return JSON.stringify(selected.map((o) => [o.name.toLowerCase(), o.value.toLowerCase()]).sort());
}

/** An image without alt text is described by the product's name (as `ImageInput.alt` says). */
function describedBy(images: { url: string; alt: string }[], productName: string): { url: string; alt: string }[] {
  return images.map((image) => ({ url: image.url, alt: image.alt || productName }));
}

/** Creating, changing and archiving products (admin). Every input is checked; failures are user errors with field paths. */
export class ProductAdminService {
  constructor(private readonly db: Db) {}

  /** Adds a product with its variants, images and initial stock (written to the ledger). */
  async create(input: CreateProductInput, actor: string): Promise<ProductResult> {
    const check = new Checker();
    const name = check.text(input.name, ['input', 'name'], LIMITS.name, true)!;
    const description = check.text(input.description, ['input', 'description'], LIMITS.description, false, true) ?? '';
    const slug = input.slug == null ? slugify(name ?? '') : check.slug(input.slug, ['input', 'slug']);
    if (input.slug == null && name && !slug) check.fail(['input', 'name'], 'must contain letters or digits to make a slug');
    const images = describedBy(check.images(input.images ?? [], ['input', 'images']), name ?? '');
    const parsedVariants = check.variants(input.variants, ['input', 'variants'], true);
    const options = check.options(input.options, parsedVariants, ['input']);
    if (check.errors.length) return { product: null, userErrors: check.errors };

    return this.db.transaction(async (tx) => {
      const [category] = await tx.select().from(categories).where(eq(categories.slug, input.categorySlug.trim()));
      if (!category) return failure(CatalogCode.NOT_FOUND, 'No such category', ['input', 'categorySlug']);
      const [taken] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, slug!));
      if (taken) return failure(CatalogCode.DUPLICATE_SLUG, 'Another product has this slug', ['input', 'slug']);
      const keys = parsedVariants.map((v) => skuKey(v.sku));
      const used = await tx.select({ key: variants.skuUpper }).from(variants).where(inArray(variants.skuUpper, keys));
      if (used.length) return { product: null, userErrors: used.map((u) => duplicateSku(keys.indexOf(u.key))) };

      const prices = parsedVariants.map((v) => v.price);
      const [product] = await tx
        .insert(products)
        .values({ slug: slug!, name, description, categoryId: category.id, options, minPrice: Math.min(...prices), maxPrice: Math.max(...prices) })
        .returning(productColumns);
      const inserted = await tx
        .insert(variants)
        .values(parsedVariants.map((v, position) => ({ ...v, productId: product!.id, onHand: v.stock, position })))
        .returning();
      const stocked = inserted.filter((v) => v.onHand > 0);
      if (stocked.length) {
        await tx.insert(stockMovements).values(stocked.map((v) => ({ variantId: v.id, delta: v.onHand, onHandAfter: v.onHand, reason: 'initial', actor })));
      }
      if (images.length) await tx.insert(productImages).values(images.map((img, position) => ({ ...img, productId: product!.id, position })));
      return { product: product!, userErrors: [] };
    }).catch((error: unknown) => duplicateFromRace(error, skusOf(parsedVariants)));
  }

  /**
   * Changes the given fields; omitted and null ones keep their value. Variants are upserted by SKU (stock of existing
   * variants is left to `setStock`).
   */
  async update(id: string, input: UpdateProductInput, actor: string): Promise<ProductResult> {
    if (!isId(id)) return failure(CatalogCode.NOT_FOUND, 'No such product', ['id']);
    const check = new Checker();
    const name = input.name == null ? undefined : check.text(input.name, ['input', 'name'], LIMITS.name, true);
    const description = input.description == null ? undefined : check.text(input.description, ['input', 'description'], LIMITS.description, false, true) ?? '';
    const slug = input.slug == null ? undefined : check.slug(input.slug, ['input', 'slug']);
    const images = input.images == null ? undefined : check.images(input.images, ['input', 'images']);
    const parsedVariants = input.variants == null ? undefined : check.variants(input.variants, ['input', 'variants'], true);
    if (check.errors.length) return { product: null, userErrors: check.errors };

    return this.db.transaction(async (tx) => {
      const [current] = await tx.select(productColumns).from(products).where(eq(products.id, id)).for('update');
      if (!current) return failure(CatalogCode.NOT_FOUND, 'No such product', ['id']);
      const set: Partial<typeof products.$inferInsert> = { updatedAt: new Date() };
      if (name) set.name = name;
      if (description !== undefined) set.description = description;
      if (slug && slug !== current.slug) {
        const [taken] = await tx.select({ id: products.id }).from(products).where(and(eq(products.slug, slug), ne(products.id, id)));
        if (taken) return failure(CatalogCode.DUPLICATE_SLUG, 'Another product has this slug', ['input', 'slug']);
        set.slug = slug;
      }
      if (input.categorySlug != null) {
        const [category] = await tx.select().from(categories).where(eq(categories.slug, input.categorySlug.trim()));
        if (!category) return failure(CatalogCode.NOT_FOUND, 'No such category', ['input', 'categorySlug']);
        set.categoryId = category.id;
      }
      const existing = await tx.select().from(variants).where(eq(variants.productId, id));
      const known = new Set(existing.map((e) => e.skuUpper));
      if (input.options != null || parsedVariants) {
        // Checked before anything is written: the variants as they will be (given ones replace those with their SKU)
        // must stay within the limits and all fit the options.
        const given = new Map((parsedVariants ?? []).map((v) => [skuKey(v.sku), v]));
        const kept = existing.map((v) => given.get(v.skuUpper) ?? v);
        const added = (parsedVariants ?? []).filter((v) => !known.has(skuKey(v.sku)));
        const resultCheck = new Checker();
        resultCheck.resultingVariants(parsedVariants ?? [], [...kept, ...added], added.length, ['input', 'variants']);
        set.options = resultCheck.options(input.options, [...kept, ...added], ['input'], current.options);
        if (resultCheck.errors.length) return { product: null, userErrors: resultCheck.errors };
      }
      if (parsedVariants) {
        const keys = parsedVariants.map((v) => skuKey(v.sku));
        const elsewhere = await tx
          .select({ key: variants.skuUpper })
          .from(variants)
          .where(and(inArray(variants.skuUpper, keys), ne(variants.productId, id)));
        if (elsewhere.length) return { product: null, userErrors: elsewhere.map((u) => duplicateSku(keys.indexOf(u.key))) };
        // One upsert for every variant given: known SKUs (in any case) get the new price, weight and options (their
        // stock and spelling are left alone), new SKUs are added with their initial stock — then one insert for the
        // new ones' ledger entries.
        let position = existing.length;
        const rows = await tx
          .insert(variants)
          .values(parsedVariants.map((v) => ({ ...v, productId: id, onHand: v.stock, position: known.has(skuKey(v.sku)) ? 0 : position++ })))
          .onConflictDoUpdate({
            target: variants.skuUpper,
            set: {
              title: sql`excluded.title`,
              price: sql`excluded.price`,
              weightGrams: sql`excluded.weight_grams`,
              selectedOptions: sql`excluded.selected_options`,
            },
            // Never another product's variant: a SKU taken meanwhile by another product is not updated…
            setWhere: eq(variants.productId, id),
          })
          .returning();
        if (rows.length !== parsedVariants.length) {
          // …and ends the transaction as the unique index would have: DUPLICATE_SKU, nothing written.
          throw Object.assign(new Error('SKU taken by another product'), { code: '23505', constraint: SKU_INDEX });
        }
        for (const row of rows) {
          const at = existing.findIndex((e) => e.id === row.id);
          if (at >= 0) existing[at] = row;
          else existing.push(row);
        }
        const added = rows.filter((row) => !known.has(row.skuUpper) && row.onHand > 0);
        if (added.length) {
          await tx.insert(stockMovements).values(added.map((row) => ({ variantId: row.id, delta: row.onHand, onHandAfter: row.onHand, reason: 'initial', actor })));
        }
        const prices = existing.map((v) => v.price);
        set.minPrice = Math.min(...prices);
        set.maxPrice = Math.max(...prices);
      }
      if (images) {
        await tx.delete(productImages).where(eq(productImages.productId, id));
        const described = describedBy(images, name ?? current.name);
        if (described.length) await tx.insert(productImages).values(described.map((img, position) => ({ ...img, productId: id, position })));
      }
      const [product] = await tx.update(products).set(set).where(eq(products.id, id)).returning(productColumns);
      return { product: product!, userErrors: [] };
    }).catch((error: unknown) => duplicateFromRace(error, skusOf(parsedVariants ?? [])));
  }

  /** Withdraws a product from sale (it still resolves by id). Archiving an archived product changes nothing. */
  async archive(id: string): Promise<ProductResult> {
    if (!isId(id)) return failure(CatalogCode.NOT_FOUND, 'No such product', ['id']);
    const [current] = await this.db.select(productColumns).from(products).where(eq(products.id, id));
    if (!current) return failure(CatalogCode.NOT_FOUND, 'No such product', ['id']);
    if (current.archivedAt) return { product: current, userErrors: [] };
    const now = new Date();
    const [row] = await this.db.update(products).set({ archivedAt: now, updatedAt: now }).where(eq(products.id, id)).returning(productColumns);
    return { product: row!, userErrors: [] };
  }
}

function failure(code: string, message: string, field: string[]): ProductResult {
  return { product: null, userErrors: [userError(code, message, field)] };
}

function skusOf(list: { sku: string }[]): string[] {
  return list.map((v) => v.sku);
}

/**
 * The checks above read before they write; two admins racing for one slug or SKU are caught by the unique
 * indexes instead, and get the same user error (which SKU collided is not known then: the first is named).
 */
function duplicateFromRace(error: unknown, _skus: string[]): ProductResult {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code !== '23505') continue;
    if (e.constraint === 'products_slug_key') return failure(CatalogCode.DUPLICATE_SLUG, 'Another product has this slug', ['input', 'slug']);
    if (e.constraint === SKU_INDEX) return { product: null, userErrors: [duplicateSku(0)] };
  }
  throw error;
}

function duplicateSku(index: number): UserError {
  return userError(CatalogCode.DUPLICATE_SKU, 'Another variant has this SKU', ['input', 'variants', String(index), 'sku']);
}

interface ParsedVariant {
  sku: string; title: string; price: number; weightGrams: number; stock: number; selectedOptions: SelectedOptionValue[];
}

/** Collects INVALID_INPUT (and in-input DUPLICATE_SKU) errors, each naming its field. */
class Checker {
  readonly errors: UserError[] = [];

  fail(field: string[], problem: string, code: string = CatalogCode.INVALID_INPUT): void {
    this.errors.push(userError(code, `${field.filter((f) => !/^\d+$/.test(f)).at(-1)} ${problem}`, field));
  }

  /** Trimmed text of at most `max` characters; one line unless `multiline` (a description). */
  text(value: string | null | undefined, field: string[], max: number, required: boolean, multiline = false): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) this.fail(field, 'is required');
      return required ? null : '';
    }
    if (trimmed.length > max) this.fail(field, `must be at most ${max} characters`);
    else if (hasControlCharacters(trimmed, { multiline })) this.fail(field, multiline ? CONTROL_CHARACTERS_PROBLEM_MULTILINE : CONTROL_CHARACTERS_PROBLEM);
    return trimmed;
  }

  slug(value: string, field: string[]): string | null {
    const slug = value.trim();
    if (!SLUG.test(slug) || slug.length > LIMITS.slug) {
      this.fail(field, `must be lower-case letters and digits separated by single hyphens, at most ${LIMITS.slug} characters`);
      return null;
    }
    return slug;
  }

  int(value: number, field: string[], min: number, max: number): void {
    if (!Number.isInteger(value) || value < min || value > max) this.fail(field, `must be a whole number between ${min} and ${max}`);
  }

  /** Checked images; a blank alt stays blank here, for `describedBy` to fill with the product's name. */
  images(images: ImageInput[], field: string[]): { url: string; alt: string }[] {
    if (images.length > LIMITS.images) this.fail(field, `at most ${LIMITS.images} images`);
    return images.map((image, i) => {
      const url = image.url.trim();
      let ok = url.length <= LIMITS.url;
      try {
        ok &&= ['http:', 'https:'].includes(new URL(url).protocol);
      } catch {
        ok = false;
      }
      if (!ok) this.fail([...field, String(i), 'url'], 'must be an absolute http(s) URL');
      const alt = this.text(image.alt, [...field, String(i), 'alt'], LIMITS.alt, false) ?? '';
      return { url, alt };
    });
  }

  variants(list: VariantInput[], field: string[], required: boolean): ParsedVariant[] {
    if ((required && list.length === 0) || list.length > LIMITS.variants) this.fail(field, `between 1 and ${LIMITS.variants} variants`);
    const seenSku = new Map<string, number>();
    const seenCombo = new Set<string>();
    return list.map((v, i) => {
      const at = [...field, String(i)];
      const sku = v.sku.trim();
      if (!SKU.test(sku) || sku.length > LIMITS.sku) this.fail([...at, 'sku'], `must be 1–${LIMITS.sku} letters, digits, dots, dashes or underscores`);
      else if (seenSku.has(skuKey(sku))) this.fail([...at, 'sku'], 'appears twice in this input', CatalogCode.DUPLICATE_SKU);
      seenSku.set(skuKey(sku), i);
      this.int(v.price, [...at, 'price'], 0, LIMITS.price);
      this.int(v.weightGrams, [...at, 'weightGrams'], 0, LIMITS.weightGrams);
      this.int(v.stock, [...at, 'stock'], 0, LIMITS.stock);
      // One value per option of the product, and a product has at most 5 options (so the derived ones are too).
      if ((v.selectedOptions?.length ?? 0) > LIMITS.options) this.fail([...at, 'selectedOptions'], `at most ${LIMITS.options} options`);
      const selectedOptions = (v.selectedOptions ?? []).map((o, j) => ({
        name: this.text(o.name, [...at, 'selectedOptions', String(j), 'name'], LIMITS.optionText, true) ?? '',
        value: this.text(o.value, [...at, 'selectedOptions', String(j), 'value'], LIMITS.optionText, true) ?? '',
      }));
      if (new Set(selectedOptions.map((o) => o.name.toLowerCase())).size !== selectedOptions.length) {
        this.fail([...at, 'selectedOptions'], 'names an option twice');
      }
      const combo = optionsKey(selectedOptions);
      if (seenCombo.has(combo)) this.fail([...at, 'selectedOptions'], 'repeats the options of another variant');
      seenCombo.add(combo);
      const title = this.text(v.title, [...at, 'title'], LIMITS.name, false) || variantTitle(selectedOptions);
      return { sku, title, price: v.price, weightGrams: v.weightGrams, stock: v.stock, selectedOptions };
    });
  }

  /**
   * The product's options: as given (every variant must fit them), or derived from the variants. Derived for an
   * update, they start from the product's `current` options (their order, and values no variant chooses yet, kept:
   * an omitted field keeps its value) and add what the variants choose that they do not list.
   */
  options(given: ProductOptionInput[] | null | undefined, list: { selectedOptions: SelectedOptionValue[] }[], field: string[], current: readonly OptionValue[] = []): OptionValue[] {
    const names = new Set(list.flatMap((v) => v.selectedOptions.map((o) => o.name)));
    for (const v of list) {
      if (v.selectedOptions.length !== names.size) {
        this.fail([...field, 'variants'], 'must all choose a value for the same options');
        break;
      }
    }
    if (given == null) {
      const derived: OptionValue[] = current.filter((o) => names.has(o.name)).map((o) => ({ name: o.name, values: [...o.values] }));
      for (const v of list) {
        for (const o of v.selectedOptions) {
          let option = derived.find((d) => d.name === o.name);
          if (!option) derived.push((option = { name: o.name, values: [] }));
          if (!option.values.includes(o.value)) option.values.push(o.value);
        }
      }
      return derived;
    }
    if (given.length > LIMITS.options) this.fail([...field, 'options'], `at most ${LIMITS.options} options`);
    const options = given.map((o, i) => ({
      name: this.text(o.name, [...field, 'options', String(i), 'name'], LIMITS.optionText, true) ?? '',
      values: o.values.map((value, j) => this.text(value, [...field, 'options', String(i), 'values', String(j)], LIMITS.optionText, true) ?? ''),
    }));
    // Each option and each of its values once, compared as variants' options are (case-insensitively): a repeated
    // value would be a choice a shopper sees twice, and would let the list grow without bound.
    this.repeats(options.map((o) => o.name), (i) => [...field, 'options', String(i), 'name'], 'names an option twice');
    options.forEach((o, i) => this.repeats(o.values, (j) => [...field, 'options', String(i), 'values', String(j)], 'repeats another value of the option'));
    const fits = list.every((v) =>
      v.selectedOptions.every((s) => options.find((o) => o.name === s.name)?.values.includes(s.value)) && v.selectedOptions.length === options.length,
    );
    if (!fits) this.fail([...field, 'options'], 'must list every option and value the variants choose');
    return options;
  }

  /**
   * The variants a product has after an update (its own, changed or not, and the added ones): at most 100 once any
   * are added (a product over it from before can still have its variants changed), and no given variant choosing the
   * same options as another.
   */
  resultingVariants(given: ParsedVariant[], resulting: { selectedOptions: SelectedOptionValue[] }[], added: number, field: string[]): void {
    if (added > 0 && resulting.length > LIMITS.variants) this.fail(field, `would be more than ${LIMITS.variants} for the product`);
    const counts = new Map<string, number>();
    for (const v of resulting) counts.set(optionsKey(v.selectedOptions), (counts.get(optionsKey(v.selectedOptions)) ?? 0) + 1);
    given.forEach((v, i) => {
      if (counts.get(optionsKey(v.selectedOptions))! > 1) this.fail([...field, String(i), 'selectedOptions'], 'repeats the options of another variant');
    });
  }

  /** Fails each non-blank text that repeats an earlier one of the list (case-insensitively). */
  private repeats(texts: string[], fieldOf: (index: number) => string[], problem: string): void {
    const seen = new Set<string>();
    texts.forEach((text, i) => {
      if (text && seen.has(text.toLowerCase())) this.fail(fieldOf(i), problem);
      seen.add(text.toLowerCase());
    });
  }
}
