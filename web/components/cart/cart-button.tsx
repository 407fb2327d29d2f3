'use client';

import { useCart } from './cart-data';
import { useCartDrawer } from './cart-ui';

/** Opens the drawer; its accessible name carries the item count ("Cart 2 items"), which begins with its visible text. */
export function CartButton() {
  const { cart } = useCart();
  const setOpen = useCartDrawer((s) => s.setOpen);
  const count = cart?.totalQuantity ?? 0;
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
