'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { ApolloProvider } from '@/components/apollo/provider';
import { LoadFailed } from '@/components/layout/retry';
import { useCart } from './cart-data';
import { CartLines } from './cart-lines';
import { useCartUi } from './cart-ui';

/** A modal dialog on the right; opens when something is added. */
function CartDrawer() {
  const open = useCartUi((s) => s.open);
  const setOpen = useCartUi((s) => s.setOpen);
  const { cart, loading, error, refetch } = useCart();
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cart-title"
      onClose={() => setOpen(false)}
      className="ml-auto mr-0 h-full max-h-full w-full max-w-md bg-white p-0 backdrop:bg-black/40"
    >
      <div className="flex h-full flex-col p-4">
        <div className="flex items-center justify-between">
          <h2 id="cart-title" className="text-lg font-semibold">
            Your cart
          </h2>
          <button type="button" onClick={() => setOpen(false)} className="rounded px-2 py-1 text-sm underline">
            Close
          </button>
        </div>
        <div className="mt-4 flex-1 overflow-y-auto">
          {cart && cart.lines.length ? (
            <CartLines cart={cart} onNavigate={() => setOpen(false)} />
          ) : loading ? (
            <p className="text-neutral-600">Loading your cart…</p>
          ) : error && !cart ? (
            <LoadFailed onRetry={refetch} />
          ) : (
            <p className="text-neutral-600">Your cart is empty.</p>
          )}
        </div>
        {cart && cart.lines.length ? (
          <div className="mt-4 flex gap-2">
            <Link href="/cart" onClick={() => setOpen(false)} className="flex-1 rounded-md border border-neutral-300 px-4 py-2 text-center text-sm font-medium">
              View cart
            </Link>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                router.push('/checkout');
              }}
              className="flex-1 rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white"
            >
              Checkout
            </button>
          </div>
        ) : null}
      </div>
    </dialog>
  );
}

/** The drawer with the shopper's Apollo Client: the module `CartDrawerSlot` loads when the cart is first opened. */
export default function CartDrawerWithClient() {
  return (
    <ApolloProvider>
      <CartDrawer />
    </ApolloProvider>
  );
}
