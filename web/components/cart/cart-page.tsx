'use client';

import Link from 'next/link';
import { useCart } from './cart-data';
import { CartLines } from './cart-lines';
import { LoadFailed } from '@/components/layout/retry';

export function CartPage() {
  const { cart, loading, error, refetch } = useCart();
  return (
    <section aria-labelledby="cart-heading" className="mx-auto max-w-2xl">
      <h1 id="cart-heading" className="text-2xl font-semibold">
        Cart
      </h1>
      {loading ? <p className="mt-4 text-neutral-600">Loading your cart…</p> : null}
      {error && !cart ? (
        <LoadFailed onRetry={refetch} className="mt-4" />
      ) : null}
      {!loading && !error && (!cart || !cart.lines.length) ? (
        <p className="mt-4 text-neutral-700">
          Your cart is empty. <Link href="/" className="underline">Continue shopping</Link>
        </p>
      ) : null}
      {cart && cart.lines.length ? (
        <div className="mt-4">
          <CartLines cart={cart} />
          <Link href="/checkout" className="mt-4 block rounded-md bg-neutral-900 px-4 py-2 text-center font-medium text-white">
            Checkout
          </Link>
        </div>
      ) : null}
    </section>
  );
}
