'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { statusLabel } from '@/components/account/orders';
import { LoadFailed } from '@/components/layout/retry';
import { graphql } from '@/lib/gql';
import { formatMoney } from '@/lib/money';

const ConfirmationQuery = graphql(`
  query Confirmation($id: ID!) {
    order(id: $id) { id number status total { amount currency } }
  }
`);

/**
 * The checkout's last step, and where "See the order" leads from the payment step. Thanks only for a paid order: an
 * unpaid one (the shopper came back, or left the payment step) leads to its payment, a cancelled one says so.
 */
export function Confirmation({ orderId }: { orderId: string }) {
  const { data, loading, error, refetch } = useQuery(ConfirmationQuery, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <p>Loading…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const order = data?.order;
  if (!order) {
    return (
      <p>
        We could not find that order. <Link href="/account" className="underline">Your orders</Link>
      </p>
    );
  }
  const id = encodeURIComponent(order.id);
  const number = <strong data-testid="order-number">{order.number}</strong>;
  const unpaid = order.status === 'PENDING';
  const cancelled = order.status === 'CANCELLED' || order.status === 'REFUNDED';
  return (
    <section className="mx-auto max-w-lg space-y-3 text-center">
      {unpaid ? (
        <>
          <h1 className="text-2xl font-semibold">Your order is not paid yet</h1>
          <p>Order {number} is waiting for its payment.</p>
        </>
      ) : cancelled ? (
        <>
          <h1 className="text-2xl font-semibold">This order was cancelled</h1>
          <p>
            Order {number} was cancelled{order.status === 'REFUNDED' ? ' and refunded' : ''}.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Thank you for your order</h1>
          <p>Your order number is {number}.</p>
        </>
      )}
      <p className="text-sm text-neutral-700">
        {statusLabel(order.status)} · {formatMoney(order.total)}
      </p>
      {unpaid ? (
        <p>
          <Link href={`/checkout/pay?order=${id}`} className="inline-block rounded-md bg-neutral-900 px-4 py-2 font-medium text-white">
            Pay for the order
          </Link>
        </p>
      ) : null}
      <p>
        <Link href={`/account/orders/${id}`} className="underline">
          View the order
        </Link>{' '}
        · <Link href="/" className="underline">Continue shopping</Link>
      </p>
    </section>
  );
}
