'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { RemovePaymentMethod } from '@/components/account/settings';
import { OrderDetailFields, OrderTotals } from '@/components/account/orders';
import { brandName } from '@/lib/cards';
import { attemptKey, endAttempt } from '@/lib/attempt-key';
import { declineIsRetryable, type UserErrorLike } from '@/lib/errors';
import { getFragmentData, graphql } from '@/lib/gql';
import { LoadFailed, ProblemList } from '@/components/layout/retry';

const PayQuery = graphql(`
  query PaymentStep($id: ID!) {
    order(id: $id) { id ...OrderDetailFields }
    me { id paymentMethods { id brand last4 expMonth expYear holderName } }
  }
`);

const AddPaymentMethod = graphql(`
  mutation AddPaymentMethod($input: CardInput!) {
    addPaymentMethod(input: $input) {
      paymentMethod { id brand last4 expMonth expYear holderName }
      userErrors { code message field }
    }
  }
`);

const PayOrderMutation = graphql(`
  mutation PayOrder($input: PayOrderInput!) {
    payOrder(input: $input) {
      payment { id status failureCode amount { amount currency } }
      userErrors { code message field }
    }
  }
`);

const TEST_CARDS = [
  ['4242 4242 4242 4242', 'succeeds'],
  ['4000 0000 0000 0002', 'is declined'],
  ['4000 0000 0000 9995', 'is declined: insufficient funds'],
  ['4000 0000 0000 0119', 'fails with a processing error'],
] as const;

/**
 * Step 2: pay the placed order with a saved card or a new one. Each "Pay now" is one attempt with its own
 * idempotency key (a retry of the same attempt reuses it, so it can never charge twice); a declined card ends the
 * attempt and the shopper can try another card on the same order — no second order is placed.
 */
export function Pay({ orderId, showTestCards }: { orderId: string; showTestCards: boolean }) {
  const router = useRouter();
  const { data, loading, error, refetch } = useQuery(PayQuery, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  const [addCard] = useMutation(AddPaymentMethod);
  const [payOrder] = useMutation(PayOrderMutation);
  const [removeCard] = useMutation(RemovePaymentMethod);
  const [choice, setChoice] = useState<string | null>(null);
  // A card typed here is kept for next time only when the shopper asks (payOrder charges saved cards, so it is saved
  // for the charge and removed after it otherwise — past payments keep showing it).
  const [keep, setKeep] = useState(false);
  // The card saved only for this payment, until it is removed: it outlives a failed submit (a retry charges it).
  const unkept = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<UserErrorLike[]>([]);

  if (loading && !data) return <p>Loading your order…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const order = getFragmentData(OrderDetailFields, data?.order);
  if (!order) return <p>We could not find that order. <Link href="/account" className="underline">Your orders</Link></p>;
  if (order.status !== 'PENDING') {
    // Paid: the checkout's last step; cancelled or refunded: the order's own page (nothing to confirm).
    const closed = order.status === 'CANCELLED' || order.status === 'REFUNDED';
    return (
      <p>
        Order {order.number} is {order.status === 'CONFIRMED' ? 'already paid' : order.status.toLowerCase()}.{' '}
        <Link href={closed ? `/account/orders/${encodeURIComponent(order.id)}` : `/checkout/confirmation?order=${encodeURIComponent(order.id)}`} className="underline">
          See the order
        </Link>
      </p>
    );
  }
  const cards = data?.me?.paymentMethods ?? [];
  const selected = choice ?? cards[0]?.id ?? 'new';
  const scope = `pay-${order.id}`;

  async function submit(form: FormData) {
    setBusy(true);
    setProblems([]);
    try {
      let methodId = selected === 'new' ? null : selected;
      if (!methodId) {
        const [month, year] = String(form.get('expiry') ?? '').split('/').map((s) => Number(s.trim()));
        const saved = await addCard({
          variables: {
            input: {
              number: String(form.get('number') ?? '').replace(/\s+/g, ''),
              expMonth: month || 0,
              expYear: year && year < 100 ? 2000 + year : year || 0,
              cvc: String(form.get('cvc') ?? ''),
              holderName: String(form.get('holderName') ?? ''),
            },
          },
        });
        const errs = saved.data?.addPaymentMethod.userErrors ?? [];
        if (errs.length) return setProblems(errs);
        methodId = saved.data?.addPaymentMethod.paymentMethod?.id ?? null;
        if (!methodId) return setProblems([{ code: 'NETWORK' }]);
        // A card saved only for an earlier try (left chosen after a processing error) is not the one tried now.
        if (unkept.current) await removeCard({ variables: { id: unkept.current } }).catch(() => undefined);
        unkept.current = keep ? null : methodId;
        setChoice(methodId); // a retry charges the card now saved, not a second copy of it
        await refetch();
      }
      const idempotencyKey = attemptKey(scope, methodId);
      const result = await payOrder({ variables: { input: { orderId: order!.id, paymentMethodId: methodId, idempotencyKey } } });
      const payload = result.data?.payOrder;
      if (payload?.payment?.status === 'SUCCEEDED' || payload?.payment?.status === 'PENDING') {
        endAttempt(scope);
        if (unkept.current) void removeCard({ variables: { id: unkept.current } }).catch(() => undefined);
        unkept.current = null;
        router.push(`/checkout/confirmation?order=${encodeURIComponent(order!.id)}`);
        return;
      }
      endAttempt(scope); // declined or refused: the next try is a new attempt
      const declined = payload?.userErrors.find((e) => e.code === 'PAYMENT_DECLINED');
      const failureCode = payload?.payment?.failureCode;
      setProblems(declined ? [{ ...declined, failureCode }] : (payload?.userErrors ?? [{ code: 'NETWORK' }]));
      // A processing error says nothing about the card: it stays chosen, so "Pay now" tries it again.
      if (declined && !declineIsRetryable(failureCode)) {
        // A declined card the shopper did not ask to keep is not kept; the form asks for a card again.
        if (unkept.current && unkept.current === methodId) {
          await removeCard({ variables: { id: methodId } }).then(() => refetch()).catch(() => undefined);
          unkept.current = null;
        }
        setChoice('new');
      }
    } catch {
      setProblems([{ code: 'NETWORK' }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      method="post"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="grid gap-8 md:grid-cols-[1fr_20rem]"
    >
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Payment</h1>
        <ol className="flex gap-4 text-sm" aria-label="Checkout steps">
          <li className="text-neutral-600">1. Shipping</li>
          <li aria-current="step" className="font-semibold">2. Payment</li>
          <li className="text-neutral-600">3. Confirmation</li>
        </ol>
        <p className="text-sm">
          Order <strong data-testid="order-number">{order.number}</strong> is placed and its items are reserved for 30 minutes.
        </p>
        <fieldset className="space-y-2">
          <legend className="text-lg font-medium">Card</legend>
          {cards.map((c) => (
            <label key={c.id} className="flex items-center gap-2 rounded border border-neutral-300 p-3 text-sm">
              <input type="radio" name="card" value={c.id} checked={selected === c.id} onChange={() => setChoice(c.id)} />
              {brandName(c.brand)} ending {c.last4}, expires {String(c.expMonth).padStart(2, '0')}/{c.expYear}
            </label>
          ))}
          <label className="flex items-center gap-2 rounded border border-neutral-300 p-3 text-sm">
            <input type="radio" name="card" value="new" checked={selected === 'new'} onChange={() => setChoice('new')} />A new card
          </label>
        </fieldset>
        {selected === 'new' ? (
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="sr-only">New card</legend>
            <label className="text-sm sm:col-span-2">
              <span className="font-medium">Card number</span>
              <input name="number" required inputMode="numeric" autoComplete="cc-number" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
            </label>
            <label className="text-sm">
              <span className="font-medium">Expiry (MM/YY)</span>
              <input name="expiry" required placeholder="12/34" autoComplete="cc-exp" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
            </label>
            <label className="text-sm">
              <span className="font-medium">CVC</span>
              <input name="cvc" required inputMode="numeric" autoComplete="cc-csc" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
            </label>
            <label className="text-sm sm:col-span-2">
              <span className="font-medium">Name on card</span>
              <input name="holderName" required autoComplete="cc-name" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
            </label>
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" name="keep" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
              Save this card for next time
            </label>
            {showTestCards ? (
              <div className="rounded bg-amber-50 p-3 text-xs sm:col-span-2">
                <p className="font-medium">Test cards (development; any future expiry and any CVC):</p>
                <ul className="mt-1">
                  {TEST_CARDS.map(([number, outcome]) => (
                    <li key={number}>
                      <code>{number}</code> {outcome}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </fieldset>
        ) : null}
      </div>
      <aside aria-labelledby="pay-summary" className="h-fit rounded-lg border border-neutral-200 p-4">
        <h2 id="pay-summary" className="mb-2 font-semibold">
          To pay
        </h2>
        <OrderTotals order={order} />
        <ProblemList problems={problems} />
        <button type="submit" disabled={busy} className="mt-4 w-full rounded-md bg-neutral-900 px-4 py-2.5 font-medium text-white disabled:bg-neutral-500">
          Pay now
        </button>
      </aside>
    </form>
  );
}
