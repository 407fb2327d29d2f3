'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { statusLabel } from '@/components/account/orders';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import type { OrderStatus } from '@/lib/gql/graphql';
import { formatMoney } from '@/lib/money';

const AdminOrders = graphql(`
  query AdminOrders($status: OrderStatus) {
    orders(first: 50, status: $status) {
      totalCount
      edges {
        node {
          id number status placedAt
          total { amount currency }
          customer { id email }
          payments { id status amount { amount currency } refunded { amount currency } }
        }
      }
    }
  }
`);

const UpdateStatus = graphql(`
  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {
    updateOrderStatus(id: $id, status: $status, note: $note) { order { id status } userErrors { code message } }
  }
`);

const Refund = graphql(`
  mutation AdminRefundPayment($paymentId: ID!, $reason: String) {
    refundPayment(paymentId: $paymentId, reason: $reason) { payment { id status refunded { amount currency } } userErrors { code message } }
  }
`);

const STATUSES: OrderStatus[] = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
/** The lifecycle an admin drives (the contract's transitions). */
const NEXT: Partial<Record<OrderStatus, OrderStatus[]>> = {
  PENDING: ['CANCELLED'],
  CONFIRMED: ['PROCESSING', 'CANCELLED'],
  PROCESSING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
};

export function AdminOrdersPanel() {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const { data, loading, refetch } = useQuery(AdminOrders, { variables: { status: status || null }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateStatus);
  const [refund] = useMutation(Refund);
  const [problem, setProblem] = useState<UserErrorLike | null>(null);

  return (
    <section aria-labelledby="orders-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="orders-heading" className="text-lg font-semibold">
          Orders {data ? `(${data.orders.totalCount})` : ''}
        </h2>
        <label className="text-sm">
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')} className="rounded border border-neutral-400 px-2 py-1">
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {messageFor(problem)}
        </p>
      ) : null}
      {loading && !data ? <p>Loading…</p> : null}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300">
            <th scope="col" className="py-2">Order</th>
            <th scope="col">Customer</th>
            <th scope="col">Status</th>
            <th scope="col">Total</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data?.orders.edges.map(({ node: o }) => (
            <tr key={o.id} className="border-b border-neutral-200 align-top">
              <td className="py-2 font-medium">{o.number}</td>
              <td>{o.customer.email}</td>
              <td>{statusLabel(o.status)}</td>
              <td>{formatMoney(o.total)}</td>
              <td className="space-x-2">
                {(NEXT[o.status] ?? []).map((next) => (
                  <button
                    key={next}
                    type="button"
                    className="rounded border border-neutral-400 px-2 py-0.5 text-xs"
                    onClick={async () => {
                      setProblem(null);
                      const r = await update({ variables: { id: o.id, status: next } }).catch(() => null);
                      const err = r?.data?.updateOrderStatus.userErrors[0];
                      if (err || !r) setProblem(err ?? { code: 'NETWORK' });
                      void refetch();
                    }}
                  >
                    {next === 'CANCELLED' ? 'Cancel' : `Mark ${statusLabel(next).toLowerCase()}`}
                    <span className="sr-only"> {o.number}</span>
                  </button>
                ))}
                {o.payments
                  .filter((p) => p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED')
                  .map((p) => (
                    <button
                      key={p.id}
                      type="button"
                      className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
                      onClick={async () => {
                        if (!window.confirm(`Refund ${formatMoney({ ...p.amount, amount: p.amount.amount - p.refunded.amount })} of ${o.number}?`)) return;
                        const r = await refund({ variables: { paymentId: p.id, reason: 'Refunded by an admin' } }).catch(() => null);
                        const err = r?.data?.refundPayment.userErrors[0];
                        if (err || !r) setProblem(err ?? { code: 'NETWORK' });
                        void refetch();
                      }}
                    >
                      Refund<span className="sr-only"> {o.number}</span>
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
