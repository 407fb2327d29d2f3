'use client';

import { useEffect } from 'react';
import { useCartUi } from './cart-ui';

/**
 * Opens the drawer; its accessible name carries the item count ("Cart 2 items"), which begins with its visible text.
 * The count comes rendered from the server (`serverCount`, read with the shopper's cookies) and then follows the
 * cart in Apollo's cache once this tab has read or changed it. A new server count (after signing in or out, which
 * refresh the page's server components) wins over what the cache saw before.
 */
export function CartButton({ serverCount }: { serverCount: number }) {
  const cached = useCartUi((s) => s.count);
  const setCount = useCartUi((s) => s.setCount);
  const setOpen = useCartUi((s) => s.setOpen);
  useEffect(() => setCount(null), [serverCount, setCount]);
  const count = cached ?? serverCount;
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-label={`Cart ${count} ${count === 1 ? 'item' : 'items'}`}
      className="flex items-center gap-1 rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-medium"
    >
      Cart <span className="rounded-full bg-neutral-900 px-2 text-xs text-white">{count}</span>
    </button>
  );
}
