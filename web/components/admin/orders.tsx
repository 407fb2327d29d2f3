'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { statusLabel } from '@/components/account/orders';
import { LoadFailed } from '@/components/layout/retry';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import type { OrderStatus } from '@/lib/gql/graphql';
import { formatMoney } from '@/lib/money';
import { Pager, useCursorPages } from './pager';
import { RefundDialog, type RefundTarget } from './refund-dialog';

const AdminOrders = graphql(`
  query AdminOrders($first: Int!, $after: String, $status: OrderStatus) {
    orders(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
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

const STATUSES: OrderStatus[] = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
/** The lifecycle an admin drives (the contract's transitions). */
const NEXT: Partial<Record<OrderStatus, OrderStatus[]>> = {
  PENDING: ['CANCELLED'],
  CONFIRMED: ['PROCESSING', 'CANCELLED'],
  PROCESSING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
};

interface PaymentRow { status: string; amount: { amount: number; currency: string }; refunded: { amount: number; currency: string } }

/** Money a payment still holds: what cancelling refunds, and the most Refund returns. */
const refundable = (p: PaymentRow) => ({ ...p.amount, amount: p.amount.amount - p.refunded.amount });
const isRefundable = (p: PaymentRow) => p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED';

/** "Refunded $24.85" or "Partly refunded: $10.00 of $24.85", for the payments that gave money back. */
function refundNotes(payments: readonly PaymentRow[]): string[] {
  return payments.flatMap((p) => {
    if (p.status === 'REFUNDED') return [`Refunded ${formatMoney(p.refunded)}`];
    if (p.status === 'PARTIALLY_REFUNDED') return [`Partly refunded: ${formatMoney(p.refunded)} of ${formatMoney(p.amount)}`];
    return [];
  });
}

/** The refund dialog's order and payment as the latest list has them (the one it opened with, when off this page). */
function liveTarget(target: RefundTarget, orders: readonly { status: string; payments: readonly RefundTarget['payment'][] }[]): RefundTarget {
  for (const o of orders) {
    const payment = o.payments.find((p) => p.id === target.payment.id);
    if (payment) return { ...target, orderStatus: o.status, payment };
  }
  return target;
}

/** The question before a cancel: a paid order's money goes back, which cannot be undone. */
function cancelQuestion(number: string, payments: readonly PaymentRow[]): string {
  const paid = payments.filter(isRefundable);
  if (!paid.length) return `Cancel ${number}?`;
  const total = paid.reduce((sum, p) => sum + refundable(p).amount, 0);
  return `Cancel ${number}? It has been paid: ${formatMoney({ ...paid[0]!.amount, amount: total })} will be refunded to the customer.`;
}

/** Admin: orders newest first, `pageSize` a page (Previous / Next), by status; status changes, cancel, and refunds. */
export function AdminOrdersPanel({ pageSize }: { pageSize: number }) {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(AdminOrders, {
    variables: { first: pageSize, after: pages.after, status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdateStatus);
  /** The payment the refund dialog is open for. */
  const [refunding, setRefunding] = useState<RefundTarget | null>(null);
  const [problem, setProblem] = useState<{ number: string; error: UserErrorLike } | null>(null);
  /** The order a status change is being sent for: its buttons wait, so a second click sends nothing. */
  const [pending, setPending] = useState<string | null>(null);

  async function act(o: { id: string; number: string }, send: () => Promise<UserErrorLike | null>) {
    setProblem(null);
    setPending(o.id);
    const error = await send().catch((): UserErrorLike => ({ code: 'NETWORK' }));
    if (error) setProblem({ number: o.number, error });
    setPending(null);
    void refetch();
  }

  return (
    <section aria-labelledby="orders-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="orders-heading" ref={pages.top} tabIndex={-1} className="text-lg font-semibold">
          Orders {data ? `(${data.orders.totalCount})` : ''}
        </h2>
        <label className="text-sm">
          Status{' '}
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as OrderStatus | '');
              pages.reset();
            }}
            className="rounded border border-neutral-400 px-2 py-1"
          >
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
          {problem.number}: {messageFor(problem.error)}
        </p>
      ) : null}
      {loading && !data ? <p>Loading…</p> : null}
      {error && !data ? <LoadFailed onRetry={refetch} className="text-sm" /> : null}
      {data && !data.orders.edges.length ? <p className="text-sm text-neutral-700">No orders{status ? ` with the status ${statusLabel(status).toLowerCase()}` : ''}.</p> : null}
      {data?.orders.edges.length ? (
        // `relative`: the buttons' sr-only text is positioned, and would otherwise widen the page past the scroller.
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
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
              {data.orders.edges.map(({ node: o }) => (
                <tr key={o.id} className="border-b border-neutral-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-2 font-medium">{o.number}</td>
                  <td className="pr-2 break-all">{o.customer.email}</td>
                  <td className="pr-2">
                    {statusLabel(o.status)}
                    {refundNotes(o.payments).map((note) => (
                      <span key={note} className="block text-xs text-red-800">
                        {note}
                      </span>
                    ))}
                  </td>
                  <td className="pr-2">{formatMoney(o.total)}</td>
                  <td className="space-x-2">
                    {(NEXT[o.status] ?? []).map((next) => (
                      <button
                        key={next}
                        type="button"
                        disabled={pending === o.id}
                        className="rounded border border-neutral-400 px-2 py-0.5 text-xs disabled:opacity-50"
                        onClick={() => {
                          if (next === 'CANCELLED' && !window.confirm(cancelQuestion(o.number, o.payments))) return;
                          void act(o, async () => {
                            const r = await update({ variables: { id: o.id, status: next } });
                            return r.data?.updateOrderStatus.userErrors[0] ?? (r.data ? null : { code: 'NETWORK' });
                          });
                        }}
                      >
                        {next === 'CANCELLED' ? 'Cancel' : `Mark ${statusLabel(next).toLowerCase()}`}
                        <span className="sr-only"> {o.number}</span>
                      </button>
                    ))}
                    {o.payments.filter(isRefundable).map((p) => (
                      <button
                        key={p.id}
                        type="button"
                        aria-haspopup="dialog"
                        disabled={pending === o.id}
                        className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800 disabled:opacity-50"
                        onClick={() => {
                          setProblem(null);
                          setRefunding({ orderNumber: o.number, orderStatus: o.status, payment: p });
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
        </div>
      ) : null}
      {data ? (
        <Pager
          label="Order pages"
          pages={pages}
          pageSize={pageSize}
          shown={data.orders.edges.length}
          total={data.orders.totalCount}
          pageInfo={data.orders.pageInfo}
        />
      ) : null}
      {refunding ? (
        <RefundDialog
          key={refunding.payment.id}
          // The order and payment as the list now has them (refetched after every answer): what is left stays current.
          target={liveTarget(refunding, data?.orders.edges.map((e) => e.node) ?? [])}
          onClose={() => setRefunding(null)}
          onRefunded={() => void refetch()}
        />
      ) : null}
    </section>
  );
}
