'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { formatMoney } from '@/lib/money';

const AdminProducts = graphql(`
  query AdminProducts($first: Int!, $filter: ProductFilter) {
    categories { id slug name children { id slug name } }
    products(first: $first, filter: $filter, sort: NEWEST) {
      totalCount
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
    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message } }
  }
`);

interface VariantRow { title: string; sku: string; price: string; stock: string; weight: string }
const emptyRow = (): VariantRow => ({ title: '', sku: '', price: '', stock: '10', weight: '500' });

/** Admin: products newest first, a search box, create with variants, archive, and stock per variant. */
export function AdminProductsPanel() {
  const [search, setSearch] = useState('');
  const { data, loading, refetch } = useQuery(AdminProducts, { variables: { first: 50, filter: search ? { search } : {} }, fetchPolicy: 'cache-and-network' });
  const [create, createState] = useMutation(CreateProduct);
  const [archive] = useMutation(ArchiveProduct);
  const [setStock] = useMutation(SetStock);
  const [rows, setRows] = useState<VariantRow[]>([emptyRow()]);
  const [problems, setProblems] = useState<UserErrorLike[]>([]);
  const [created, setCreated] = useState<{ slug: string; name: string } | null>(null);

  const categories = (data?.categories ?? []).flatMap((c) => [c, ...c.children]);

  async function submit(form: FormData) {
    setProblems([]);
    setCreated(null);
    const variants = rows.map((r) => ({
      sku: r.sku.trim(),
      title: r.title.trim() || undefined,
      price: Math.round(Number(r.price) * 100),
      stock: Number(r.stock),
      weightGrams: Number(r.weight),
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
      void refetch();
    } else setProblems(payload?.userErrors ?? [{ code: 'NETWORK' }]);
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
              {problems.map((p, i) => (
                <p key={i}>{p.code === 'INVALID_INPUT' && p.message ? p.message : messageFor(p)}</p>
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
          <h2 id="products-heading" className="text-lg font-semibold">
            Products {data ? `(${data.products.totalCount})` : ''}
          </h2>
          <label className="text-sm">
            <span className="sr-only">Filter products</span>
            <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Filter products" className="rounded border border-neutral-400 px-3 py-1.5" />
          </label>
        </div>
        {loading && !data ? <p>Loading…</p> : null}
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
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(`Archive ${p.name}? It will no longer be sold.`)) void archive({ variables: { id: p.id } }).then(() => refetch());
                  }}
                  className="rounded border border-neutral-400 px-2 py-1 text-xs"
                >
                  Archive<span className="sr-only"> {p.name}</span>
                </button>
              </div>
              <ul className="mt-1 space-y-1">
                {p.variants.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-2 text-xs text-neutral-700">
                    <span className="w-40">{v.sku} — {v.title}</span>
                    <span>{formatMoney(v.price)}</span>
                    <span>available {v.quantityAvailable} / on hand {v.quantityOnHand}</span>
                    <form
                      method="post"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const quantity = Number(new FormData(e.currentTarget).get('quantity'));
                        void setStock({ variables: { variantId: v.id, quantity } });
                      }}
                      className="flex items-center gap-1"
                    >
                      <label>
                        <span className="sr-only">Stock on hand of {v.sku}</span>
                        <input name="quantity" type="number" min={0} defaultValue={v.quantityOnHand} className="w-20 rounded border border-neutral-400 px-1 py-0.5" />
                      </label>
                      <button type="submit" className="underline">
                        Set stock<span className="sr-only"> of {v.sku}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
