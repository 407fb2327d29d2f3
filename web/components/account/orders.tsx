'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { brandName } from '@/lib/cards';
import { messageFor } from '@/lib/errors';
import { getFragmentData, graphql } from '@/lib/gql';
import { formatMoney } from '@/lib/money';
import { LoadFailed } from '@/components/layout/retry';

const AccountQuery = graphql(`
  query Account {
    me {
      id
      email
      orders(first: 50) {
        totalCount
        edges { node { id number status placedAt total { amount currency } } }
      }
    }
  }
`);

const STATUS: Record<string, string> = {
  PENDING: 'Awaiting payment',
  CONFIRMED: 'Confirmed',
  PROCESSING: 'Processing',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
};
export const statusLabel = (s: string) => STATUS[s] ?? s;
const date = (iso: string) => new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * Signs out, then loads the home page afresh. The session's cookies are httpOnly: only the logout route can clear
 * them, so when it cannot be reached the shopper is still signed in and is told so, here. A full load, not a
 * client-side navigation: nothing of the signed-in shopper stays in the tab (Apollo's cache, the cart's count), and
 * the account's queries, still mounted until a client-side navigation ends, are not sent again as a guest (refused).
 */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          const response = await fetch('/api/auth/logout', { method: 'POST' }).catch(() => null);
          if (response?.ok) {
            window.location.replace('/');
            return;
          }
          setFailed(true);
          setBusy(false);
        }}
        className="rounded-md border border-neutral-400 px-3 py-1.5 text-sm font-medium"
      >
        Sign out
      </button>
      {failed ? (
        <p role="alert" className="basis-full text-sm text-red-700">
          We could not sign you out: the shop did not answer. Check your connection and try again.
        </p>
      ) : null}
    </>
  );
}

export function AccountOverview() {
  const { data, loading, error, refetch } = useQuery(AccountQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p>Loading your account…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  if (!data?.me) {
    return (
      <p>
        You are signed out. <Link href="/sign-in?next=/account" className="underline">Sign in</Link>
      </p>
    );
  }
  const orders = data.me.orders.edges.map((e) => e.node);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Your account</h1>
          <p className="text-sm text-neutral-700">{data.me.email}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/account/notifications" className="text-sm underline">
            Notifications
          </Link>
          <Link href="/account/settings" className="text-sm underline">
            Profile, addresses and cards
          </Link>
          <Link href="/account/security" className="text-sm underline">
            Password and privacy
          </Link>
          <SignOutButton />
        </div>
      </div>
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="text-xl font-semibold">
          Orders
        </h2>
        {orders.length ? (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300">
                <th scope="col" className="py-2 pr-3">Order</th>
                <th scope="col" className="pr-3">Placed</th>
                <th scope="col" className="pr-3">Status</th>
                <th scope="col" className="text-right">Total</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id} className="border-b border-neutral-200">
                  <td className="py-2 pr-3">
                    <Link href={`/account/orders/${encodeURIComponent(o.id)}`} className="font-medium underline">
                      {o.number}
                    </Link>
                  </td>
                  <td className="pr-3">{date(o.placedAt)}</td>
                  <td className="pr-3">{statusLabel(o.status)}</td>
                  <td className="text-right">{formatMoney(o.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-neutral-700">
            No orders yet. <Link href="/" className="underline">Start shopping</Link>
          </p>
        )}
      </section>
    </div>
  );
}

export const OrderDetailFields = graphql(`
  fragment OrderDetailFields on Order {
    id
    number
    status
    placedAt
    subtotal { amount currency }
    tax { amount currency }
    shipping { amount currency }
    total { amount currency }
    lines { productName variantTitle sku quantity unitPrice { amount currency } total { amount currency } }
    shippingAddress { recipientName line1 line2 city region postalCode country }
    statusHistory { status at note }
  }
`);

const OrderQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      id
      ...OrderDetailFields
      payments { id status failureCode amount { amount currency } method { brand last4 } }
    }
  }
`);

const CancelOrder = graphql(`
  mutation CancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) {
      order { id status statusHistory { status at note } }
      userErrors { code message }
    }
  }
`);

export function OrderTotals({ order }: { order: { subtotal: { amount: number; currency: string }; tax: { amount: number; currency: string }; shipping: { amount: number; currency: string }; total: { amount: number; currency: string } } }) {
  return (
    <dl className="grid grid-cols-2 gap-1 text-sm">
      <dt>Subtotal</dt>
      <dd className="text-right">{formatMoney(order.subtotal)}</dd>
      <dt>Tax</dt>
      <dd className="text-right">{formatMoney(order.tax)}</dd>
      <dt>Shipping</dt>
      <dd className="text-right">{formatMoney(order.shipping)}</dd>
      <dt className="font-semibold">Total</dt>
      <dd className="text-right font-semibold" data-testid="order-total">
        {formatMoney(order.total)}
      </dd>
    </dl>
  );
}

export function OrderDetail({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(OrderQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelState] = useMutation(CancelOrder);
  if (loading && !data) return <p>Loading the order…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const raw = data?.order;
  if (!raw) return <p>We could not find that order.</p>;
  const order = getFragmentData(OrderDetailFields, raw);
  const problem = cancelState.data?.cancelOrder.userErrors[0];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/account" className="text-sm underline">
          ← Your account
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Order {order.number}</h1>
        <p className="text-sm text-neutral-700">
          Placed {date(order.placedAt)} · <span data-testid="order-status">{statusLabel(order.status)}</span>
        </p>
      </div>
      <ul className="divide-y divide-neutral-200 text-sm">
        {order.lines.map((l) => (
          <li key={l.sku} className="flex justify-between py-2">
            <span>
              {l.productName} {l.variantTitle !== 'Default' ? `(${l.variantTitle})` : ''} × {l.quantity}
            </span>
            <span>{formatMoney(l.total)}</span>
          </li>
        ))}
      </ul>
      <div className="max-w-xs">
        <OrderTotals order={order} />
      </div>
      <section>
        <h2 className="font-semibold">Shipping to</h2>
        <address className="text-sm not-italic text-neutral-700">
          {order.shippingAddress.recipientName}, {order.shippingAddress.line1}
          {order.shippingAddress.line2 ? `, ${order.shippingAddress.line2}` : ''}, {order.shippingAddress.city}, {order.shippingAddress.region} {order.shippingAddress.postalCode}, {order.shippingAddress.country}
        </address>
      </section>
      <section>
        <h2 className="font-semibold">Payments</h2>
        <ul className="text-sm" data-testid="payments">
          {raw.payments.map((p) => (
            <li key={p.id}>
              {p.method ? `${brandName(p.method.brand)} •••• ${p.method.last4}` : 'Card'}: {formatMoney(p.amount)} — {p.status.toLowerCase()}
              {p.failureCode ? ` (${p.failureCode.replace(/_/g, ' ')})` : ''}
            </li>
          ))}
          {raw.payments.length === 0 ? <li>None yet.</li> : null}
        </ul>
      </section>
      <section>
        <h2 className="font-semibold">History</h2>
        <ol className="text-sm">
          {order.statusHistory.map((h, i) => (
            <li key={i}>
              {new Date(h.at).toLocaleString('en-US', { timeZone: 'UTC' })} UTC — {statusLabel(h.status)}
              {h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
      {order.status === 'PENDING' || order.status === 'CONFIRMED' ? (
        <div className="flex flex-wrap items-start gap-3">
          {order.status === 'PENDING' ? (
            // An order left at the payment step (the cart is already empty) is paid from here.
            <Link href={`/checkout/pay?order=${encodeURIComponent(order.id)}`} className="rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white">
              Pay now
            </Link>
          ) : null}
          <button
            type="button"
            disabled={cancelState.loading}
            onClick={() => {
              if (window.confirm(`Cancel order ${order.number}?`)) void cancel({ variables: { id: order.id, reason: 'Cancelled by the shopper' } }).then(() => refetch());
            }}
            className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800"
          >
            Cancel order
          </button>
          {problem ? (
            <p role="alert" className="basis-full text-sm text-red-700">
              {messageFor(problem)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
