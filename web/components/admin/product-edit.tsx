'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { LoadFailed } from '@/components/layout/retry';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { getFragmentData, graphql } from '@/lib/gql';
import type { AdminProductEditorFragment, UpdateProductInput } from '@/lib/gql/graphql';
import { dollarsText, parseDollars } from '@/lib/money';
import { PRICE_RANGE, priceProblem } from './catalog-limits';

const EditorFields = graphql(`
  fragment AdminProductEditor on Product {
    id name description
    category { id slug name }
    images { url alt }
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
/** Messages by where the form shows them: a field (`name`, `image-3-url`, `variant-<id>` …) or `form` for the rest. */
type Problems = Record<string, string[]>;

/** The catalog takes at most this many images per product. */
const MAX_IMAGES = 20;

const CODES = {
  NOT_FOUND: 'This product no longer exists (it may have been removed).',
} as const;

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
 * which are mapped back to the rows of the form.
 */
function placeProblems(errors: readonly UserErrorLike[], images: readonly ImageRow[], variants: readonly Variant[]): Problems {
  const found: Problems = {};
  const add = (at: string, message: string) => (found[at] ??= []).push(message);
  for (const error of errors) {
    const [root, field, index, key] = error.field ?? [];
    if (root !== 'input') add('form', messageFor(error, CODES));
    else if (field === 'name') add('name', inWords(error, 'Name'));
    else if (field === 'description') add('description', inWords(error, 'Description'));
    else if (field === 'categorySlug') add('category', error.code === 'NOT_FOUND' ? 'That category no longer exists: choose another.' : inWords(error, 'Category'));
    else if (field === 'images') {
      const row = index === undefined ? undefined : images[Number(index)];
      if (row && (key === 'url' || key === 'alt')) add(`image-${row.key}-${key}`, inWords(error, key === 'url' ? 'The URL' : 'The alt text'));
      else add('images', inWords(error, 'Images'));
    } else if (field === 'variants' || field === 'options') {
      const variant = field === 'variants' && index !== undefined ? variants[Number(index)] : undefined;
      if (variant) add(`variant-${variant.id}`, inWords(error, key === 'price' ? 'Price' : key === 'weightGrams' ? 'Weight' : key === 'selectedOptions' ? 'Options' : 'This variant'));
      else add('variants', inWords(error, 'Variants'));
    } else add('form', messageFor(error, CODES));
  }
  return found;
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
  const [prices, setPrices] = useState<Record<string, string>>(() => Object.fromEntries(product.variants.map((v) => [v.id, dollarsText(v.price.amount)])));
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

  async function save() {
    setUnchanged(false);
    // Prices are typed in dollars: checked here, and only the ones that changed are sent.
    const found: Problems = {};
    const changed = product.variants.flatMap((v) => {
      const problem = priceProblem(prices[v.id] ?? '');
      if (problem) {
        found[`variant-${v.id}`] = [problem];
        return [];
      }
      const price = parseDollars(prices[v.id]!)!;
      return price === v.price.amount ? [] : [{ variant: v, price }];
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
    if (changed.length) {
      // A variant is matched by SKU, and its title, weight and options are replaced too: they are sent as they are.
      input.variants = changed.map(({ variant: v, price }) => ({
        sku: v.sku,
        title: v.title,
        price,
        weightGrams: v.weightGrams,
        selectedOptions: v.selectedOptions.map((o) => ({ name: o.name, value: o.value })),
        stock: 0, // required by the input, but an existing variant's stock is left alone (setStock changes it)
      }));
    }
    if (!Object.keys(input).length) {
      setProblems({});
      setUnchanged(true);
      return;
    }
    const result = await update({ variables: { id: product.id, input } }).catch(() => null);
    const payload = result?.data?.updateProduct;
    if (payload?.product) return onSaved(getFragmentData(EditorFields, payload.product).name);
    setProblems(placeProblems(payload?.userErrors ?? [{ code: 'NETWORK' }], sentImages, changed.map((c) => c.variant)));
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
        <legend className="text-sm font-medium">Variant prices</legend>
        <Problem id={errorId('variants')} messages={problems.variants} />
        <ul className="divide-y divide-neutral-200">
          {product.variants.map((v) => (
            <li key={v.id} className="flex flex-wrap items-end justify-between gap-x-3 gap-y-1 py-2">
              <span className="min-w-0 text-xs text-neutral-700">
                <span className="font-medium text-neutral-900">{v.sku}</span> — {v.title}
              </span>
              <label className="text-xs">
                Price (USD)<span className="sr-only"> of {v.sku}</span>
                <input
                  value={prices[v.id] ?? ''}
                  inputMode="decimal"
                  onChange={(e) => setPrices({ ...prices, [v.id]: e.target.value })}
                  className="mt-1 block w-32 rounded border border-neutral-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700"
                  {...described(`variant-${v.id}`)}
                />
              </label>
              <Problem id={errorId(`variant-${v.id}`)} messages={problems[`variant-${v.id}`]} className="basis-full text-right" />
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-neutral-600">Stock is set from the product list; a variant’s SKU, title and weight stay as they are.</p>
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
