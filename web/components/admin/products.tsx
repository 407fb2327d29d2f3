'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { LoadFailed } from '@/components/layout/retry';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { formatMoney, parseDollars } from '@/lib/money';
import { COUNT_RANGE, MAX, PRICE_RANGE, parseCount, priceProblem } from './catalog-limits';
import { Pager, useCursorPages } from './pager';
import { ProductEditor } from './product-edit';

const AdminProducts = graphql(`
  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter) {
    categories { id slug name children { id slug name } }
    products(first: $first, after: $after, filter: $filter, sort: NEWEST) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id slug name
          category { id name }
          variants { id sku title quantityAvailable quantityOnHand price { amount currency } }
        }
      }
    }
  }
`);

const CreateProduct = graphql(`
  mutation AdminCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) { product { id slug name } userErrors { code message field } }
  }
`);

const ArchiveProduct = graphql(`
  mutation AdminArchiveProduct($id: ID!) {
    archiveProduct(id: $id) { product { id archived } userErrors { code message } }
  }
`);

const SetStock = graphql(`
  mutation AdminSetStock($variantId: ID!, $quantity: Int!) {
    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message field } }
  }
`);

interface VariantRow { title: string; sku: string; price: string; stock: string; weight: string }
const emptyRow = (): VariantRow => ({ title: '', sku: '', price: '', stock: '10', weight: '500' });

/** "Variant 2 (Blue): " when the form has several variant rows, so that a message says which one is wrong. */
function rowName(rows: readonly VariantRow[], i: number): string {
  const title = rows[i]?.title.trim();
  return rows.length > 1 ? `Variant ${i + 1}${title ? ` (${title})` : ''}: ` : '';
}

/** What is wrong with the variant rows, found before anything is sent. */
function rowProblems(rows: readonly VariantRow[]): string[] {
  return rows.flatMap((r, i) =>
    [
      priceProblem(r.price),
      parseCount(r.stock) === null ? `Stock ${COUNT_RANGE}` : null,
      parseCount(r.weight) === null ? `Weight (g) ${COUNT_RANGE}` : null,
    ].flatMap((problem) => (problem ? [rowName(rows, i) + problem] : [])),
  );
}

/** A createProduct user error in the form's words: a variant's mistake names its row, and a price is told in dollars. */
function problemMessage(p: UserErrorLike, rows: readonly VariantRow[]): string {
  const [, list, index, key] = p.field ?? [];
  if (list === 'variants' && index !== undefined) return rowName(rows, Number(index)) + (p.code === 'INVALID_INPUT' && key === 'price' ? PRICE_RANGE : messageFor(p));
  return p.code === 'INVALID_INPUT' && p.message && !p.field?.length ? p.message : messageFor(p);
}

/**
 * Admin: products newest first, `pageSize` a page (Previous / Next), a search box, create with variants, edit,
 * archive, and stock per variant.
 */
export function AdminProductsPanel({ pageSize }: { pageSize: number }) {
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(AdminProducts, {
    variables: { first: pageSize, after: pages.after, filter: search ? { search } : {} },
    fetchPolicy: 'cache-and-network',
  });
  const [create, createState] = useMutation(CreateProduct);
  const [archive] = useMutation(ArchiveProduct);
  const [rows, setRows] = useState<VariantRow[]>([emptyRow()]);
  const [problems, setProblems] = useState<string[]>([]);
  const [archiveProblem, setArchiveProblem] = useState<{ id: string; message: string } | null>(null);
  const [created, setCreated] = useState<{ slug: string; name: string } | null>(null);
  /** The product whose edit form is open, and the last one saved (its message shows in the list). */
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const categories = (data?.categories ?? []).flatMap((c) => [c, ...c.children]);

  async function submit(form: FormData) {
    setCreated(null);
    const mistakes = rowProblems(rows);
    setProblems(mistakes);
    if (mistakes.length) return;
    const variants = rows.map((r) => ({
      sku: r.sku.trim(),
      title: r.title.trim() || undefined,
      price: parseDollars(r.price)!,
      stock: parseCount(r.stock)!,
      weightGrams: parseCount(r.weight)!,
      ...(rows.length > 1 && r.title.trim() ? { selectedOptions: [{ name: 'Option', value: r.title.trim() }] } : {}),
    }));
    const options = rows.length > 1 ? [{ name: 'Option', values: rows.map((r) => r.title.trim()) }] : undefined;
    const result = await create({
      variables: {
        input: {
          name: String(form.get('name') ?? ''),
          description: String(form.get('description') ?? ''),
          categorySlug: String(form.get('category') ?? ''),
          variants,
          ...(options ? { options } : {}),
        },
      },
    }).catch(() => null);
    const payload = result?.data?.createProduct;
    if (payload?.product) {
      setCreated(payload.product);
      setRows([emptyRow()]);
      pages.reset(); // the new product is the newest: on the first page
      void refetch();
    } else setProblems((payload?.userErrors ?? [{ code: 'NETWORK' }]).map((p) => problemMessage(p, rows)));
  }

  /** Closes the edit form; the focus goes back to its Edit button. */
  function closeEditor(id: string, savedAs?: string) {
    setEditing(null);
    if (savedAs !== undefined) {
      setSaved({ id, name: savedAs });
      void refetch(); // a product moved to another category, or renamed out of the search, leaves this page
    }
    editButtons.current.get(id)?.focus();
  }

  async function archiveProduct(p: { id: string; name: string }) {
    if (!window.confirm(`Archive ${p.name}? It will no longer be sold.`)) return;
    setArchiveProblem(null);
    const r = await archive({ variables: { id: p.id } }).catch(() => null);
    const err = r?.data?.archiveProduct.userErrors[0];
    if (err || !r?.data?.archiveProduct.product) setArchiveProblem({ id: p.id, message: `${p.name} was not archived. ${messageFor(err ?? { code: 'NETWORK' })}` });
    void refetch();
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby="new-product" className="rounded-lg border border-neutral-200 p-4">
        <h2 id="new-product" className="text-lg font-semibold">
          New product
        </h2>
        <form
          method="post"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(new FormData(e.currentTarget));
          }}
          className="mt-3 grid gap-3 sm:grid-cols-2"
        >
          <label className="text-sm">
            <span className="font-medium">Product name</span>
            <input name="name" required className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
          </label>
          <label className="text-sm">
            <span className="font-medium">Category</span>
            <select name="category" required className="mt-1 w-full rounded border border-neutral-400 px-3 py-2">
              {categories.map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm sm:col-span-2">
            <span className="font-medium">Description</span>
            <textarea name="description" required rows={3} className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
          </label>
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium">Variants</legend>
            {rows.map((row, i) => (
              <div key={i} className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-5">
                {(
                  [
                    ['title', 'Variant title'],
                    ['sku', 'SKU'],
                    ['price', 'Price (USD)'],
                    ['stock', 'Stock'],
                    ['weight', 'Weight (g)'],
                  ] as const
                ).map(([key, label]) => (
                  <label key={key} className="text-xs">
                    {label} {rows.length > 1 ? i + 1 : ''}
                    <input
                      value={row[key]}
                      required={key !== 'title' || rows.length > 1}
                      onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: e.target.value } : r)))}
                      className="mt-1 w-full rounded border border-neutral-400 px-2 py-1.5 text-sm"
                    />
                  </label>
                ))}
              </div>
            ))}
            <button type="button" onClick={() => setRows([...rows, emptyRow()])} className="mt-2 text-sm underline">
              Add a variant
            </button>
          </fieldset>
          {problems.length ? (
            <div role="alert" className="text-sm text-red-700 sm:col-span-2">
              {problems.map((message, i) => (
                <p key={i}>{message}</p>
              ))}
            </div>
          ) : null}
          {created ? (
            <p role="status" className="text-sm text-green-800 sm:col-span-2">
              Created <Link href={`/p/${created.slug}`} className="underline">{created.name}</Link>.
            </p>
          ) : null}
          <button type="submit" disabled={createState.loading} className="rounded-md bg-neutral-900 px-4 py-2 font-medium text-white sm:col-span-2">
            Create product
          </button>
        </form>
      </section>

      <section aria-labelledby="products-heading">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="products-heading" ref={pages.top} tabIndex={-1} className="text-lg font-semibold">
            Products {data ? `(${data.products.totalCount})` : ''}
          </h2>
          <label className="text-sm">
            <span className="sr-only">Filter products</span>
            <input
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                pages.reset();
              }}
              placeholder="Filter products"
              className="rounded border border-neutral-400 px-3 py-1.5"
            />
          </label>
        </div>
        {loading && !data ? <p>Loading…</p> : null}
        {error && !data ? <LoadFailed onRetry={refetch} className="mt-3 text-sm" /> : null}
        <ul className="mt-3 divide-y divide-neutral-200">
          {data?.products.edges.map(({ node: p }) => (
            <li key={p.id} className="py-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Link href={`/p/${p.slug}`} className="font-medium underline">
                    {p.name}
                  </Link>{' '}
                  <span className="text-neutral-600">· {p.category.name}</span>
                </span>
                <span className="flex gap-2">
                  <button
                    ref={(button) => {
                      if (button) editButtons.current.set(p.id, button);
                      else editButtons.current.delete(p.id);
                    }}
                    type="button"
                    aria-expanded={editing === p.id}
                    aria-controls={editing === p.id ? `edit-${p.id}` : undefined}
                    onClick={() => {
                      setSaved(null);
                      setEditing(editing === p.id ? null : p.id);
                    }}
                    className="rounded border border-neutral-400 px-2 py-1 text-xs"
                  >
                    Edit<span className="sr-only"> {p.name}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() => void archiveProduct(p)}
                    className="rounded border border-neutral-400 px-2 py-1 text-xs"
                  >
                    Archive<span className="sr-only"> {p.name}</span>
                  </button>
                </span>
              </div>
              {saved?.id === p.id ? (
                <p role="status" className="mt-1 text-xs text-green-800">
                  Saved changes to {saved.name}.
                </p>
              ) : null}
              {editing === p.id ? (
                <section id={`edit-${p.id}`} aria-label={`Edit ${p.name}`}>
                  <ProductEditor
                    productId={p.id}
                    categories={categories}
                    onClose={() => closeEditor(p.id)}
                    onSaved={(name) => closeEditor(p.id, name)}
                  />
                </section>
              ) : null}
              {archiveProblem?.id === p.id ? (
                <p role="alert" className="mt-1 text-xs text-red-700">
                  {archiveProblem.message}
                </p>
              ) : null}
              <ul className="mt-1 space-y-1">
                {p.variants.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-neutral-700">
                    <span className="basis-full sm:basis-auto sm:w-40">{v.sku} — {v.title}</span>
                    <span>{formatMoney(v.price)}</span>
                    <span>available {v.quantityAvailable} / on hand {v.quantityOnHand}</span>
                    <StockForm variant={v} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {data ? (
          <Pager
            label="Product pages"
            pages={pages}
            pageSize={pageSize}
            shown={data.products.edges.length}
            total={data.products.totalCount}
            pageInfo={data.products.pageInfo}
          />
        ) : null}
      </section>
    </div>
  );
}

/** Stock on hand of one variant: checked before it is sent (an empty box changes nothing), and the answer said beside it. */
function StockForm({ variant: v }: { variant: { id: string; sku: string; quantityOnHand: number } }) {
  const [setStock, { loading }] = useMutation(SetStock);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(text: string) {
    if (!text.trim()) return setNote({ ok: false, text: 'Enter a stock count: nothing was changed.' });
    const quantity = parseCount(text);
    if (quantity === null) return setNote({ ok: false, text: `Stock ${COUNT_RANGE}` });
    setNote(null);
    const r = await setStock({ variables: { variantId: v.id, quantity } }).catch(() => null);
    const err = r?.data?.setStock.userErrors[0];
    if (err || !r?.data?.setStock.variant) setNote({ ok: false, text: messageFor(err ?? { code: 'NETWORK' }) });
    else setNote({ ok: true, text: `Stock set to ${quantity}.` });
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(String(new FormData(e.currentTarget).get('quantity') ?? ''));
      }}
      className="flex basis-full flex-wrap items-center gap-1 sm:basis-auto"
    >
      <label>
        <span className="sr-only">Stock on hand of {v.sku}</span>
        <input name="quantity" type="number" inputMode="numeric" min={0} max={MAX} step={1} defaultValue={v.quantityOnHand} className="w-20 rounded border border-neutral-400 px-1 py-0.5" />
      </label>
      <button type="submit" disabled={loading} className="underline disabled:opacity-50">
        Set stock<span className="sr-only"> of {v.sku}</span>
      </button>
      {note ? (
        <span role={note.ok ? 'status' : 'alert'} className={note.ok ? 'text-green-800' : 'text-red-700'}>
          {note.text}
        </span>
      ) : null}
    </form>
  );
}
