'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { statusLabel } from '@/components/account/orders';
import { graphql } from '@/lib/gql';
import { formatMoney } from '@/lib/money';

const ConfirmationQuery = graphql(`
  query Confirmation($id: ID!) {
    order(id: $id) { id number status total { amount currency } }
  }
`);

export function Confirmation({ orderId }: { orderId: string }) {
  const { data, loading } = useQuery(ConfirmationQuery, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <p>Loading…</p>;
  const order = data?.order;
  if (!order) return <p>We could not find that order.</p>;
  return (
    <section className="mx-auto max-w-lg space-y-3 text-center">
      <h1 className="text-2xl font-semibold">Thank you for your order</h1>
      <p>
        Your order number is <strong data-testid="order-number">{order.number}</strong>.
      </p>
      <p className="text-sm text-neutral-700">
        {statusLabel(order.status)} · {formatMoney(order.total)}
      </p>
      <p>
        <Link href={`/account/orders/${encodeURIComponent(order.id)}`} className="underline">
          View the order
        </Link>{' '}
        · <Link href="/" className="underline">Continue shopping</Link>
      </p>
    </section>
  );
}
