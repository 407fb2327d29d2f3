'use client';

import Link from 'next/link';
import { MAX_PER_ITEM, messageFor } from '@/lib/errors';
import type { CartFieldsFragment } from '@/lib/gql/graphql';
import { formatMoney } from '@/lib/money';
import { useUpdateCartLine } from './cart-data';

/** The cart's lines with quantity steppers (applied optimistically, corrected by the server's answer). */
export function CartLines({ cart, onNavigate }: { cart: CartFieldsFragment; onNavigate?: () => void }) {
  const [update, { data, error }] = useUpdateCartLine();
  const problem = data?.updateCartLine.userErrors[0];
  return (
    <div>
      <ul className="divide-y divide-neutral-200">
        {cart.lines.map((line) => {
          const { variant } = line;
          const image = variant.product.images[0];
          // Archived after it was added: no longer sold, and checkout refuses it until it is removed.
          const gone = variant.product.archived;
          const max = gone ? line.quantity : Math.min(MAX_PER_ITEM, Math.max(line.quantity, variant.quantityAvailable));
          // Two merged carts, or someone else's order meanwhile, can leave more in the cart than is in stock.
          const short = !gone && line.quantity > variant.quantityAvailable;
          // Two variants of one product in the cart: the controls name the variant too.
          const name = variant.title !== 'Default' ? `${variant.product.name}, ${variant.title}` : variant.product.name;
          return (
            <li key={variant.id} className="flex gap-3 py-3">
              {image ? <img src={image.url} alt="" width={64} height={64} className="h-16 w-16 rounded bg-neutral-100 object-cover" /> : <div aria-hidden="true" className="h-16 w-16 shrink-0 rounded bg-neutral-100" />}
              <div className="flex-1 text-sm">
                {gone ? (
                  <p className="font-medium">{variant.product.name}</p>
                ) : (
                  <Link href={`/p/${variant.product.slug}`} onClick={onNavigate} className="font-medium hover:underline">
                    {variant.product.name}
                  </Link>
                )}
                {variant.title !== 'Default' ? <p className="text-neutral-600">{variant.title}</p> : null}
                <div className="mt-1 flex items-center gap-2">
                  <button
                    type="button"
                    className="h-7 w-7 rounded border border-neutral-300"
                    aria-label={`Decrease quantity of ${name}`}
                    onClick={() => void update(cart, variant.id, line.quantity - 1)}
                  >
                    −
                  </button>
                  <span aria-label={`Quantity of ${name}`} aria-live="polite" className="w-6 text-center">
                    {line.quantity}
                  </span>
                  <button
                    type="button"
                    className="h-7 w-7 rounded border border-neutral-300 disabled:opacity-40"
                    aria-label={`Increase quantity of ${name}`}
                    disabled={line.quantity >= max}
                    onClick={() => void update(cart, variant.id, line.quantity + 1)}
                  >
                    +
                  </button>
                  <button type="button" className="ml-2 text-xs text-neutral-600 underline" onClick={() => void update(cart, variant.id, 0)}>
                    Remove<span className="sr-only"> {name}</span>
                  </button>
                </div>
                {gone ? <p className="mt-1 text-xs text-amber-800">No longer sold: remove it to check out.</p> : null}
                {short ? (
                  <p className="mt-1 text-xs text-amber-800">
                    {variant.quantityAvailable > 0 ? `Only ${variant.quantityAvailable} in stock: lower the quantity to check out.` : 'Out of stock: remove it to check out.'}
                  </p>
                ) : null}
              </div>
              <p className="text-sm font-medium">{formatMoney(line.lineTotal)}</p>
            </li>
          );
        })}
      </ul>
      {problem || error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {problem ? messageFor(problem) : messageFor({ code: 'NETWORK' })}
        </p>
      ) : null}
      <p className="mt-3 flex justify-between border-t border-neutral-200 pt-3 font-medium">
        <span>Subtotal</span>
        <span data-testid="cart-subtotal">{formatMoney(cart.subtotal)}</span>
      </p>
      <p className="text-xs text-neutral-600">Tax and shipping are calculated at checkout.</p>
    </div>
  );
}
