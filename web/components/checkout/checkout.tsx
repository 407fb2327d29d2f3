'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { CartFields, CartQuery } from '@/components/cart/cart-data';
import { attemptKey, endAttempt } from '@/lib/attempt-key';
import type { UserErrorLike } from '@/lib/errors';
import { getFragmentData, graphql } from '@/lib/gql';
import type { AddressInput } from '@/lib/gql/graphql';
import { QuoteSummary, type QuoteDestination } from './quote';
import { LoadFailed, ProblemList } from '@/components/layout/retry';

const CheckoutQuery = graphql(`
  query Checkout {
    me {
      id
      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping }
      cart { id ...CartFields }
    }
  }
`);

const AddAddress = graphql(`
  mutation AddAddress($input: AddressInput!) {
    addAddress(input: $input) {
      address { id recipientName line1 line2 city region postalCode country isDefaultShipping }
      userErrors { code message field }
    }
  }
`);

const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order { id number status }
      userErrors { code message field }
    }
  }
`);

const FIELDS: { name: keyof AddressInput; label: string; autoComplete: string; required: boolean }[] = [
  { name: 'recipientName', label: 'Full name', autoComplete: 'name', required: true },
  { name: 'line1', label: 'Address line 1', autoComplete: 'address-line1', required: true },
  { name: 'line2', label: 'Address line 2 (optional)', autoComplete: 'address-line2', required: false },
  { name: 'city', label: 'City', autoComplete: 'address-level2', required: true },
  { name: 'region', label: 'State or region', autoComplete: 'address-level1', required: true },
  { name: 'postalCode', label: 'Postal code', autoComplete: 'postal-code', required: true },
  { name: 'phone', label: 'Phone (optional)', autoComplete: 'tel', required: false },
];
const COUNTRIES = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['GB', 'United Kingdom'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['AU', 'Australia'],
] as const;

/** The new address as typed so far (blank optional parts left out). */
function addressFrom(form: FormData): AddressInput {
  const address = { country: String(form.get('country') ?? 'US') } as AddressInput;
  for (const f of FIELDS) {
    const value = String(form.get(f.name) ?? '').trim();
    if (value || f.required) (address as Record<string, string>)[f.name] = value;
  }
  return address;
}

const complete = (address: AddressInput) => FIELDS.every((f) => !f.required || (address as Record<string, string>)[f.name]);

/** Step 1 of checkout: where to ship, then "Place order" (stock reserved, order PENDING); payment is step 2. */
export function Checkout() {
  const router = useRouter();
  const { data, loading, error, refetch } = useQuery(CheckoutQuery, { fetchPolicy: 'network-only' });
  const [addAddress] = useMutation(AddAddress);
  const [placeOrder] = useMutation(PlaceOrder);
  const [choice, setChoice] = useState<string | null>(null);
  const [save, setSave] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<UserErrorLike[]>([]);
  // The new address being typed, and (a moment after typing stops) the one the summary is quoted for.
  const [draft, setDraft] = useState<AddressInput | null>(null);
  const [quotedDraft, setQuotedDraft] = useState<AddressInput | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuotedDraft(draft), 400);
    return () => clearTimeout(timer);
  }, [draft]);

  if (loading && !data) return <p>Loading checkout…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const me = data?.me;
  if (!me) return <p>Please <Link href="/sign-in?next=/checkout" className="underline">sign in</Link> to check out.</p>;
  const cart = getFragmentData(CartFields, me.cart);
  if (!cart || !cart.lines.length) {
    return (
      <p>
        Your cart is empty. <Link href="/" className="underline">Continue shopping</Link>
      </p>
    );
  }
  const selected = choice ?? me.addresses.find((a) => a.isDefaultShipping)?.id ?? me.addresses[0]?.id ?? 'new';

  let destination: QuoteDestination = null;
  if (selected !== 'new') destination = { shippingAddressId: selected };
  else if (quotedDraft && complete(quotedDraft)) destination = { shippingAddress: quotedDraft };

  async function submit(form: FormData) {
    setBusy(true);
    setProblems([]);
    try {
      let addressId = selected === 'new' ? null : selected;
      let address: AddressInput | null = null;
      if (!addressId) {
        address = addressFrom(form);
        if (save) {
          const saved = await addAddress({ variables: { input: address } });
          const errs = saved.data?.addAddress.userErrors ?? [];
          if (errs.length) return setProblems(errs);
          addressId = saved.data?.addAddress.address?.id ?? null;
          if (addressId) {
            setChoice(addressId); // a retry now uses the saved address rather than saving it again
            address = null;
            void refetch(); // and the address book shows it, chosen, should placing the order fail
          }
        }
      }
      const request = addressId ? { shippingAddressId: addressId } : { shippingAddress: address };
      const idempotencyKey = attemptKey('place-order', JSON.stringify({ request, cart: cart!.lines.map((l) => [l.variant.id, l.quantity]) }));
      // The order takes the cart's lines: the cart is read again once it is placed, on screen or not, so the
      // header's count and the drawer follow.
      const result = await placeOrder({ variables: { input: { idempotencyKey, ...request } }, refetchQueries: [{ query: CartQuery }] });
      const payload = result.data?.placeOrder;
      if (payload?.order) {
        endAttempt('place-order');
        router.push(`/checkout/pay?order=${encodeURIComponent(payload.order.id)}`);
        return;
      }
      setProblems(payload?.userErrors ?? [{ code: 'NETWORK' }]);
      if (payload?.userErrors.length) endAttempt('place-order');
    } catch {
      setProblems([{ code: 'NETWORK' }]); // the same attempt (and key) is used when the shopper retries
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      method="post"
      onSubmit={(e) => { e.preventDefault(); void submit(new FormData(e.currentTarget)); }}
      onChange={(e) => { if (selected === 'new') setDraft(addressFrom(new FormData(e.currentTarget))); }}
      className="grid gap-8 md:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Checkout</h1>
        <ol className="flex gap-4 text-sm" aria-label="Checkout steps">
          <li aria-current="step" className="font-semibold">1. Shipping</li>
          <li className="text-neutral-600">2. Payment</li>
          <li className="text-neutral-600">3. Confirmation</li>
        </ol>
        <fieldset className="space-y-2">
          <legend className="text-lg font-medium">Shipping address</legend>
          {me.addresses.map((a) => (
            <label key={a.id} className="flex items-start gap-2 rounded border border-neutral-300 p-3 text-sm">
              <input type="radio" name="address" value={a.id} checked={selected === a.id} onChange={() => setChoice(a.id)} />
              <span>
                <strong>{a.recipientName}</strong>, {a.line1}
                {a.line2 ? `, ${a.line2}` : ''}, {a.city}, {a.region} {a.postalCode}, {a.country}
              </span>
            </label>
          ))}
          <label className="flex items-center gap-2 rounded border border-neutral-300 p-3 text-sm">
            <input type="radio" name="address" value="new" checked={selected === 'new'} onChange={() => { setChoice('new'); setDraft(null); }} />
            A new address
          </label>
        </fieldset>
        {selected === 'new' ? (
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="sr-only">New address</legend>
            {FIELDS.map((f) => (
              <label key={f.name} className={`text-sm ${f.name === 'line1' || f.name === 'line2' ? 'sm:col-span-2' : ''}`}>
                <span className="font-medium">{f.label}</span>
                <input name={f.name} required={f.required} autoComplete={f.autoComplete} className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
              </label>
            ))}
            <label className="text-sm">
              <span className="font-medium">Country</span>
              <select name="country" defaultValue="US" autoComplete="country" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2">
                {COUNTRIES.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} /> Save to my address book
            </label>
          </fieldset>
        ) : null}
      </div>
      <aside aria-labelledby="summary-heading" className="h-fit rounded-lg border border-neutral-200 p-4">
        <h2 id="summary-heading" className="font-semibold">
          Order summary
        </h2>
        <QuoteSummary destination={destination} />
        <ProblemList problems={problems} />
        <button type="submit" disabled={busy} className="mt-4 w-full rounded-md bg-neutral-900 px-4 py-2.5 font-medium text-white disabled:bg-neutral-500">
          Place order
        </button>
      </aside>
    </form>
  );
}
