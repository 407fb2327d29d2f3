'use client';

import { useState } from 'react';
import { MAX_PER_ITEM, lineFullMessage, messageFor } from '@/lib/errors';
import { useCartUi } from './cart-ui';

/**
 * Quantity and "Add to cart"; on success the cart drawer opens with the updated cart. The code that talks to the
 * API (Apollo Client) is loaded on the first submit, not with the product page.
 */
export function AddToCart({ variantId, available, productName }: { variantId: string | null; available: number; productName: string }) {
  const [quantity, setQuantity] = useState(1);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const setOpen = useCartUi((s) => s.setOpen);
  const max = Math.min(MAX_PER_ITEM, available);
  const disabled = !variantId || max < 1;

  async function add(variantId: string) {
    setLoading(true);
    setProblem(null);
    try {
      const { addToCart, quantityInCart } = await import('./cart-actions');
      const result = await addToCart({ variantId, quantity: Math.min(quantity, max) });
      const error = result?.userErrors[0] ?? { code: 'NETWORK' };
      if (result?.cart) setOpen(true);
      // The quantity asked is within 1–10 here: INVALID_QUANTITY means the item's line in the cart would pass 10.
      else if (error.code === 'INVALID_QUANTITY') setProblem(lineFullMessage(await quantityInCart(variantId)));
      else setProblem(messageFor(error));
    } catch {
      setProblem(messageFor({ code: 'NETWORK' }));
    } finally {
      setLoading(false);
    }
  }

  return (
    <form
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        if (variantId && !loading) void add(variantId);
      }}
      className="flex flex-wrap items-end gap-3"
    >
      <label className="text-sm">
        <span className="block font-medium">Quantity</span>
        <select
          value={Math.min(quantity, Math.max(max, 1))}
          onChange={(e) => setQuantity(Number(e.target.value))}
          disabled={max < 1}
          className="mt-1 rounded border border-neutral-400 px-2 py-2"
        >
          {Array.from({ length: Math.max(max, 1) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {/* Busy, not disabled, while adding: the button keeps the keyboard focus, and the cart drawer gives it back. */}
      <button type="submit" disabled={disabled} aria-disabled={loading} className="rounded-md bg-neutral-900 px-6 py-2.5 font-medium text-white disabled:cursor-not-allowed disabled:bg-neutral-400 aria-disabled:bg-neutral-400">
        {loading ? 'Adding…' : 'Add to cart'}
      </button>
      <p role="alert" className="w-full text-sm text-red-700">
        {!variantId ? `Choose an available combination of ${productName}.` : max < 1 ? 'This option is out of stock.' : (problem ?? '')}
      </p>
    </form>
  );
}
