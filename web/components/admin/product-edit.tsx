'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { type InputHTMLAttributes, useEffect, useId, useRef, useState } from 'react';
import { LoadFailed } from '@/components/layout/retry';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { getFragmentData, graphql } from '@/lib/gql';
import type { AdminProductEditorFragment, UpdateProductInput } from '@/lib/gql/graphql';
import { dollarsText, parseDollars } from '@/lib/money';
import { COUNT_RANGE, PRICE_RANGE, parseCount, priceProblem } from './catalog-limits';
import { listedValue, optionsWithChoices, optionValueProblem, sameChoice, skuKey, skuProblem, titleProblem } from './variant-rows';

const EditorFields = graphql(`
  fragment AdminProductEditor on Product {
    id name description
    category { id slug name }
    images { url alt }
    options { name values }
    variants { id sku title weightGrams selectedOptions { name value } price { amount currency } }
  }
`);

const ProductForEdit = graphql(`
  query AdminProductEdit($id: ID!) {
    product(id: $id) { id ...AdminProductEditor }
  }
`);

const UpdateProduct = graphql(`
  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      product { id ...AdminProductEditor }
      userErrors { code message field }
    }
  }
`);

type Product = AdminProductEditorFragment;
type Variant = Product['variants'][number];
interface Category { id: string; slug: string; name: string }
interface ImageRow { key: number; url: string; alt: string }
/** What the form holds for one of the product's variants, as typed. */
interface VariantEdit { title: string; price: string; weight: string }
/** A variant to add, as typed; `values` holds one value per option of the product, in the product's order. */
interface NewVariantRow { key: number; sku: string; title: string; price: string; weight: string; stock: string; values: string[] }
/**
 * Messages by where the form shows them: a field (`name`, `image-3-url`, `variant-<id>-price`, `new-2-sku` …), a
 * variant row as a whole (`variant-<id>`, `new-2`), or `form` for the rest.
 */
type Problems = Record<string, string[]>;

/** The catalog takes at most this many images, and this many variants, per product. */
const MAX_IMAGES = 20;
const MAX_VARIANTS = 100;

const CODES = {
  NOT_FOUND: 'This product no longer exists (it may have been removed).',
  DUPLICATE_SKU: 'Another product already has this SKU (SKUs are compared regardless of case).',
} as const;

/** Where a variant's field is shown, and what the form calls it, by the name the API gives it in a user error's path. */
const VARIANT_FIELDS: Record<string, { at: string; label: string; newOnly?: true }> = {
  title: { at: 'title', label: 'Title' },
  price: { at: 'price', label: 'Price' },
  weightGrams: { at: 'weight', label: 'Weight' },
  sku: { at: 'sku', label: 'The SKU', newOnly: true },
  stock: { at: 'stock', label: 'Initial stock', newOnly: true },
};

/** "url must be an absolute http(s) URL" about an image's URL → "Image 2 URL must be an absolute http(s) URL." */
function inWords(error: UserErrorLike, label: string): string {
  const named = error.field?.filter((f) => !/^\d+$/.test(f)).at(-1);
  if (error.code === 'INVALID_INPUT' && named === 'price') return PRICE_RANGE;
  if (error.code === 'INVALID_INPUT' && error.message && named && error.message.startsWith(`${named} `)) {
    const sentence = `${label}${error.message.slice(named.length)}`;
    return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  }
  return messageFor(error, CODES);
}

/**
 * Each updateProduct user error beside what it is about: its `field` path indexes the images and variants as sent,
 * which are mapped back to the rows of the form (`variantRows`: the row of each variant sent, `variant-<id>` for
 * one of the product's, `new-<key>` for one added).
 */
function placeProblems(errors: readonly UserErrorLike[], images: readonly ImageRow[], variantRows: readonly string[], options: readonly { name: string }[]): Problems {
  const found: Problems = {};
  const add = (at: string, message: string) => (found[at] ??= []).push(message);
  for (const error of errors) {
    const [root, field, index, key, optionIndex] = error.field ?? [];
    if (root !== 'input') add('form', messageFor(error, CODES));
    else if (field === 'name') add('name', inWords(error, 'Name'));
    else if (field === 'description') add('description', inWords(error, 'Description'));
    else if (field === 'categorySlug') add('category', error.code === 'NOT_FOUND' ? 'That category no longer exists: choose another.' : inWords(error, 'Category'));
    else if (field === 'images') {
      const row = index === undefined ? undefined : images[Number(index)];
      if (row && (key === 'url' || key === 'alt')) add(`image-${row.key}-${key}`, inWords(error, key === 'url' ? 'The URL' : 'The alt text'));
      else add('images', inWords(error, 'Images'));
    } else if (field === 'variants' || field === 'options') {
      const row = field === 'variants' && index !== undefined ? variantRows[Number(index)] : undefined;
      const isNew = row?.startsWith('new-');
      const known = key === undefined ? undefined : VARIANT_FIELDS[key];
      const option = key === 'selectedOptions' && optionIndex !== undefined ? options[Number(optionIndex)] : undefined;
      if (!row) add('variants', inWords(error, 'Variants'));
      else if (known && (isNew || !known.newOnly)) add(`${row}-${known.at}`, inWords(error, known.label));
      else if (option && isNew) add(`${row}-option-${optionIndex}`, inWords(error, option.name));
      else add(row, inWords(error, key === 'selectedOptions' ? 'Options' : key === 'sku' ? 'The SKU' : 'This variant'));
    } else add('form', messageFor(error, CODES));
  }
  return found;
}

/** A variant's fields as the form shows them. */
function asTyped(v: Variant): VariantEdit {
  return { title: v.title, price: dollarsText(v.price.amount), weight: String(v.weightGrams) };
}

function sameImages(rows: readonly ImageRow[], saved: readonly { url: string; alt: string }[]): boolean {
  return rows.length === saved.length && rows.every((r, i) => r.url.trim() === saved[i]!.url && r.alt.trim() === saved[i]!.alt);
}

/** Admin: edits one product (loaded afresh when opened); calls `onSaved` with the saved name once the catalog took it. */
export function ProductEditor(props: { productId: string; categories: readonly Category[]; onClose: () => void; onSaved: (name: string) => void }) {
  const { data, loading, error, refetch } = useQuery(ProductForEdit, { variables: { id: props.productId }, fetchPolicy: 'network-only' });
  const product = getFragmentData(EditorFields, data?.product);
  if (loading && !data) return <p className="mt-2 text-sm text-neutral-700">Loading the product…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} className="mt-2 text-sm" />;
  if (!product) {
    return (
      <p role="alert" className="mt-2 text-sm text-red-700">
        {CODES.NOT_FOUND}{' '}
        <button type="button" onClick={props.onClose} className="underline">
          Close
        </button>
      </p>
    );
  }
  return <EditForm key={product.id} product={product} {...props} />;
}

function EditForm({ product, categories, onClose, onSaved }: { product: Product; categories: readonly Category[]; onClose: () => void; onSaved: (name: string) => void }) {
  const [update, { loading }] = useMutation(UpdateProduct);
  const [name, setName] = useState(product.name);
  const [description, setDescription] = useState(product.description);
  const [category, setCategory] = useState(product.category.slug);
  const [images, setImages] = useState<ImageRow[]>(() => product.images.map((image, key) => ({ key, url: image.url, alt: image.alt })));
  const nextKey = useRef(product.images.length);
  const [edits, setEdits] = useState<Record<string, VariantEdit>>(() => Object.fromEntries(product.variants.map((v) => [v.id, asTyped(v)])));
  const [added, setAdded] = useState<NewVariantRow[]>([]);
  const nextVariantKey = useRef(0);
  const [problems, setProblems] = useState<Problems>({});
  const [unchanged, setUnchanged] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const uid = useId();

  // After a failed save the first field at fault takes the focus, so that its message is read with it.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const errorId = (at: string) => `${uid}-${at}`;
  /** The attributes tying a field to its messages. */
  const described = (at: string) => (problems[at]?.length ? { 'aria-invalid': true, 'aria-describedby': errorId(at) } : {});
  const options = categories.some((c) => c.slug === product.category.slug) ? categories : [product.category, ...categories];

  /** A product without options has one variant: a second would choose the same (no) options, which the catalog refuses. */
  const canAddVariants = product.options.length > 0 && product.variants.length + added.length < MAX_VARIANTS;
  // A variant the form has no row for yet (the saved product, with the new ones, arrives before the form closes) is as saved.
  const editOf = (v: Variant) => edits[v.id] ?? asTyped(v);
  const editVariant = (v: Variant, change: Partial<VariantEdit>) => setEdits({ ...edits, [v.id]: { ...editOf(v), ...change } });
  const editNew = (key: number, change: Partial<NewVariantRow>) => setAdded(added.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function save() {
    setUnchanged(false);
    // Everything the catalog documents is checked here first, each mistake beside its field; of the product's own
    // variants only the ones that changed are sent.
    const found: Problems = {};
    const fail = (at: string, message: string | null) => {
      if (message) (found[at] ??= []).push(message);
      return Boolean(message);
    };
    const changed = product.variants.flatMap((v) => {
      const edit = editOf(v);
      const at = `variant-${v.id}`;
      const weight = parseCount(edit.weight);
      const wrong = [
        fail(`${at}-title`, titleProblem(edit.title)),
        fail(`${at}-price`, priceProblem(edit.price)),
        fail(`${at}-weight`, weight === null ? `Weight (g) ${COUNT_RANGE}` : null),
      ].some(Boolean);
      if (wrong) return [];
      const title = edit.title.trim();
      const price = parseDollars(edit.price)!;
      return price === v.price.amount && weight === v.weightGrams && title === v.title ? [] : [{ variant: v, title, price, weightGrams: weight! }];
    });
    // SKUs are one regardless of case; a new row with the SKU of one of the product's variants would change it.
    const skus = new Set(product.variants.map((v) => skuKey(v.sku)));
    const chosen: { name: string; value: string }[][] = product.variants.map((v) => v.selectedOptions);
    const news = added.flatMap((row) => {
      const at = `new-${row.key}`;
      const price = parseDollars(row.price);
      const weight = parseCount(row.weight);
      const stock = parseCount(row.stock);
      const selectedOptions = product.options.map((o, i) => ({ name: o.name, value: listedValue(o, row.values[i] ?? '') }));
      const wrong = [
        fail(`${at}-sku`, skuProblem(row.sku, skus)),
        fail(`${at}-title`, titleProblem(row.title)),
        fail(`${at}-price`, priceProblem(row.price)),
        fail(`${at}-weight`, weight === null ? `Weight (g) ${COUNT_RANGE}` : null),
        fail(`${at}-stock`, stock === null ? `Initial stock ${COUNT_RANGE}` : null),
        ...product.options.map((o, i) => fail(`${at}-option-${i}`, optionValueProblem(o.name, row.values[i] ?? ''))),
      ].some(Boolean);
      if (row.sku.trim()) skus.add(skuKey(row.sku));
      const optionsOk = !product.options.some((_, i) => found[`${at}-option-${i}`]);
      // The catalog refuses two variants of one combination: said beside the first option's value, which takes the focus.
      const repeated = optionsOk && chosen.some((other) => sameChoice(other, selectedOptions));
      if (repeated) fail(`${at}-option-0`, `Another variant already has ${selectedOptions.map((o) => o.value).join(' / ')}: choose other values.`);
      else if (optionsOk) chosen.push(selectedOptions);
      if (wrong || repeated) return [];
      return [{ key: row.key, variant: { sku: row.sku.trim(), title: row.title.trim() || null, price: price!, weightGrams: weight!, stock: stock!, selectedOptions } }];
    });
    if (Object.keys(found).length) return setProblems(found);

    const sentImages = images.filter((r) => r.url.trim() || r.alt.trim()); // a row left empty is no image
    const input: UpdateProductInput = {};
    if (name.trim() !== product.name) input.name = name;
    if (description.trim() !== product.description) input.description = description;
    if (category !== product.category.slug) input.categorySlug = category;
    // Images are sent only when they changed: the API replaces them all, and pictures the catalog draws itself would
    // come back as plain URLs (without their WebP renditions).
    if (!sameImages(sentImages, product.images)) input.images = sentImages.map((r) => ({ url: r.url.trim(), alt: r.alt.trim() || null }));
    if (changed.length || news.length) {
      input.variants = [
        // A variant is matched by SKU, and its title, price, weight and options are all replaced: the ones not changed
        // here are sent as they are. A blank title is the catalog's default (the option values).
        ...changed.map(({ variant: v, title, price, weightGrams }) => ({
          sku: v.sku,
          title: title || null,
          price,
          weightGrams,
          selectedOptions: v.selectedOptions.map((o) => ({ name: o.name, value: o.value })),
          stock: 0, // required by the input, but an existing variant's stock is left alone (setStock changes it)
        })),
        // A new SKU is a new variant, with its initial stock.
        ...news.map((n) => n.variant),
      ];
    }
    // Every value a variant chooses must be listed by its option, and `options` replaces them all: a new value is
    // appended to the product's options as they are, so their order (and values no variant chooses yet) stay.
    const options = optionsWithChoices(product.options, news.map((n) => n.variant.selectedOptions.map((o) => o.value)));
    if (options) input.options = options;
    if (!Object.keys(input).length) {
      setProblems({});
      setUnchanged(true);
      return;
    }
    const result = await update({ variables: { id: product.id, input } }).catch(() => null);
    const payload = result?.data?.updateProduct;
    if (payload?.product) return onSaved(getFragmentData(EditorFields, payload.product).name);
    const variantRows = [...changed.map((c) => `variant-${c.variant.id}`), ...news.map((n) => `new-${n.key}`)];
    setProblems(placeProblems(payload?.userErrors ?? [{ code: 'NETWORK' }], sentImages, variantRows, product.options));
  }

  const input = 'mt-1 w-full rounded border border-neutral-400 px-3 py-2 aria-[invalid=true]:border-red-700';
  const fieldCount = Object.keys(problems).filter((at) => at !== 'form').length;

  return (
    <form
      ref={form}
      method="post"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="mt-3 grid gap-3 rounded-lg border border-neutral-300 bg-neutral-50 p-3 sm:grid-cols-2 sm:p-4"
    >
      <div className="text-sm">
        <label>
          <span className="font-medium">Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required autoFocus className={input} {...described('name')} />
        </label>
        <Problem id={errorId('name')} messages={problems.name} />
      </div>
      <div className="text-sm">
        <label>
          <span className="font-medium">Category</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)} className={input} {...described('category')}>
            {options.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <Problem id={errorId('category')} messages={problems.category} />
      </div>
      <div className="text-sm sm:col-span-2">
        {/* Beside its label, not inside it: a textarea's text would be read as part of the label's. */}
        <label htmlFor={`${uid}-description-field`} className="font-medium">
          Description
        </label>
        <textarea id={`${uid}-description-field`} value={description} onChange={(e) => setDescription(e.target.value)} rows={4} className={input} {...described('description')} />
        <Problem id={errorId('description')} messages={problems.description} />
      </div>

      <fieldset className="sm:col-span-2" {...(problems.images ? { 'aria-describedby': errorId('images') } : {})}>
        <legend className="text-sm font-medium">Images</legend>
        <Problem id={errorId('images')} messages={problems.images} />
        {images.length ? null : <p className="mt-1 text-xs text-neutral-600">No images.</p>}
        <ol className="space-y-3">
          {images.map((image, i) => {
            const url = image.url.trim();
            return (
              <li key={image.key} className="mt-2 flex gap-3">
                {/^https?:\/\/\S+$/.test(url) ? (
                  // A preview of what the URL shows; the alt text is below it.
                  <img src={url} alt="" className="h-14 w-14 shrink-0 rounded border border-neutral-300 bg-white object-cover" />
                ) : (
                  <span aria-hidden="true" className="h-14 w-14 shrink-0 rounded border border-dashed border-neutral-400 bg-white" />
                )}
                <div className="grid min-w-0 flex-1 gap-2 sm:grid-cols-2">
                  {(['url', 'alt'] as const).map((key) => (
                    <div key={key} className="text-xs">
                      <label>
                        Image {i + 1} {key === 'url' ? 'URL' : 'alt text'}
                        <input
                          type={key === 'url' ? 'url' : 'text'}
                          value={image[key]}
                          onChange={(e) => setImages(images.map((r) => (r.key === image.key ? { ...r, [key]: e.target.value } : r)))}
                          placeholder={key === 'url' ? 'https://…' : 'What the picture shows'}
                          className="mt-1 w-full rounded border border-neutral-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700"
                          {...described(`image-${image.key}-${key}`)}
                        />
                      </label>
                      <Problem id={errorId(`image-${image.key}-${key}`)} messages={problems[`image-${image.key}-${key}`]} />
                    </div>
                  ))}
                  <div className="sm:col-span-2">
                    <button type="button" onClick={() => setImages(images.filter((r) => r.key !== image.key))} className="text-xs underline">
                      Remove image {i + 1}
                    </button>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          disabled={images.length >= MAX_IMAGES}
          onClick={() => setImages([...images, { key: nextKey.current++, url: '', alt: '' }])}
          className="mt-2 text-sm underline disabled:opacity-50"
        >
          Add an image
        </button>
        {images.length >= MAX_IMAGES ? <span className="ml-2 text-xs text-neutral-600">({MAX_IMAGES} at most)</span> : null}
      </fieldset>

      <fieldset className="sm:col-span-2" {...(problems.variants ? { 'aria-describedby': errorId('variants') } : {})}>
        <legend className="text-sm font-medium">Variants</legend>
        <Problem id={errorId('variants')} messages={problems.variants} />
        <ul className="divide-y divide-neutral-200">
          {product.variants.map((v) => {
            const at = `variant-${v.id}`;
            const edit = editOf(v);
            const field = (key: keyof VariantEdit) => ({ problems: problems[`${at}-${key}`], errorId: errorId(`${at}-${key}`), value: edit[key], onChange: (value: string) => editVariant(v, { [key]: value }) });
            return (
              <li key={v.id} className="py-2">
                <fieldset {...(problems[at] ? { 'aria-describedby': errorId(at) } : {})}>
                  <legend className="text-xs text-neutral-700">
                    <span className="font-medium text-neutral-900">{v.sku}</span>
                    {v.selectedOptions.length ? <> · {v.selectedOptions.map((o) => `${o.name} ${o.value}`).join(', ')}</> : null}
                  </legend>
                  <Problem id={errorId(at)} messages={problems[at]} />
                  <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-[minmax(0,1fr)_8rem_7rem]">
                    <VariantField label="Title" of={v.sku} {...field('title')} placeholder={v.selectedOptions.map((o) => o.value).join(' / ') || 'Default'} className="col-span-2 sm:col-span-1" />
                    <VariantField label="Price (USD)" of={v.sku} {...field('price')} inputMode="decimal" />
                    <VariantField label="Weight (g)" of={v.sku} {...field('weight')} inputMode="numeric" />
                  </div>
                </fieldset>
              </li>
            );
          })}
          {added.map((row, i) => {
            const at = `new-${row.key}`;
            const of = `new variant ${i + 1}`;
            const field = (key: 'sku' | 'title' | 'price' | 'weight' | 'stock') => ({ problems: problems[`${at}-${key}`], errorId: errorId(`${at}-${key}`), value: row[key], onChange: (value: string) => editNew(row.key, { [key]: value }) });
            return (
              <li key={row.key} className="py-2">
                <fieldset {...(problems[at] ? { 'aria-describedby': errorId(at) } : {})}>
                  <legend className="text-xs font-medium text-neutral-900">New variant {i + 1}</legend>
                  <Problem id={errorId(at)} messages={problems[at]} />
                  <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-5">
                    <VariantField label="SKU" of={of} {...field('sku')} autoCapitalize="characters" spellCheck={false} className="col-span-2 sm:col-span-1" />
                    <VariantField label="Title" of={of} {...field('title')} placeholder="From the options" className="col-span-2 sm:col-span-1" />
                    <VariantField label="Price (USD)" of={of} {...field('price')} inputMode="decimal" />
                    <VariantField label="Weight (g)" of={of} {...field('weight')} inputMode="numeric" />
                    <VariantField label="Initial stock" of={of} {...field('stock')} inputMode="numeric" />
                    {product.options.map((option, j) => (
                      <VariantField
                        key={option.name}
                        label={option.name}
                        of={of}
                        problems={problems[`${at}-option-${j}`]}
                        errorId={errorId(`${at}-option-${j}`)}
                        value={row.values[j] ?? ''}
                        onChange={(value) => editNew(row.key, { values: row.values.map((old, k) => (k === j ? value : old)) })}
                        list={`${uid}-option-${j}-values`}
                        placeholder={option.values.slice(0, 3).join(', ')}
                      />
                    ))}
                  </div>
                  <button type="button" onClick={() => setAdded(added.filter((r) => r.key !== row.key))} className="mt-2 text-xs underline">
                    Remove new variant {i + 1}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
        {/* The values each option lists already, offered as the admin types a new variant's (a new one is added). */}
        {product.options.map((option, j) => (
          <datalist key={option.name} id={`${uid}-option-${j}-values`}>
            {option.values.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        ))}
        {canAddVariants ? (
          <button
            type="button"
            onClick={() => setAdded([...added, { key: nextVariantKey.current++, sku: '', title: '', price: '', weight: '', stock: '0', values: product.options.map(() => '') }])}
            className="mt-2 text-sm underline"
          >
            Add a variant
          </button>
        ) : null}
        <p className="mt-1 text-xs text-neutral-600">
          {product.options.length
            ? `A new variant takes one value of each option (${product.options.map((o) => o.name).join(', ')}); a value not listed yet is added to its option. `
            : 'This product has no options, so it has a single variant. '}
          A blank title is made of the option values. The stock of existing variants is set from the product list; their SKU and options stay as they are.
        </p>
      </fieldset>

      {fieldCount || problems.form ? (
        <div role="alert" className="text-sm text-red-700 sm:col-span-2">
          <p>{fieldCount ? 'Nothing was saved: correct what is marked above.' : 'Nothing was saved.'}</p>
          {problems.form?.map((message) => <p key={message}>{message}</p>)}
        </div>
      ) : null}
      {unchanged ? (
        <p role="status" className="text-sm text-neutral-700 sm:col-span-2">
          Nothing to save: no field was changed.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <button type="submit" disabled={loading} className="rounded-md bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={onClose} className="rounded-md border border-neutral-400 px-4 py-2">
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A field's messages, referred to by the field's `aria-describedby`. */
function Problem({ id, messages, className = '' }: { id: string; messages?: readonly string[]; className?: string }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className={`mt-1 block text-xs text-red-700 ${className}`}>
      {messages.join(' ')}
    </span>
  );
}

/** One field of a variant row: its visible label, completed for screen readers with the variant it belongs to. */
function VariantField({ label, of, value, onChange, problems, errorId, className = '', ...rest }: {
  label: string;
  of: string;
  value: string;
  onChange: (value: string) => void;
  problems?: readonly string[];
  errorId: string;
  className?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'list' | 'placeholder' | 'autoCapitalize' | 'spellCheck'>) {
  return (
    <div className={`min-w-0 text-xs ${className}`}>
      <label>
        {label}
        <span className="sr-only"> of {of}</span>
        <input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="mt-1 block w-full rounded border border-neutral-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700"
          {...rest}
          {...(problems?.length ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        />
      </label>
      <Problem id={errorId} messages={problems} />
    </div>
  );
}
