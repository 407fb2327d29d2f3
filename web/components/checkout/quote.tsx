'use client';

import { useQuery } from '@apollo/client/react';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import type { AddressInput } from '@/lib/gql/graphql';
import { formatMoney } from '@/lib/money';

const CheckoutQuoteQuery = graphql(`
  query CheckoutQuote($shippingAddressId: ID, $shippingAddress: AddressInput) {
    checkoutQuote(shippingAddressId: $shippingAddressId, shippingAddress: $shippingAddress) {
      lines {
        variant { id }
        productName
        variantTitle
        quantity
        unitPrice { amount currency }
        total { amount currency }
      }
      subtotal { amount currency }
      tax { amount currency }
      shipping { amount currency }
      total { amount currency }
      problems { code message field }
    }
  }
`);

/** Where the quote ships: a saved address, a complete new one, or nothing yet (the new address is still being typed). */
export type QuoteDestination = { shippingAddressId: string } | { shippingAddress: AddressInput } | null;

const ADDRESS_PARTS: Record<string, string> = {
  recipientName: 'the full name',
  line1: 'the first address line',
  line2: 'the second address line',
  city: 'the city',
  region: 'the state or region',
  postalCode: 'the postal code',
  country: 'the country',
  phone: 'the phone number (use the international form, e.g. +14155550123)',
};

/** What a quote's problem means to the shopper, and what to do about it. */
export function quoteProblemMessage(problem: UserErrorLike): string {
  const field = problem.field ?? [];
  if (problem.code === 'OUT_OF_STOCK') {
    // The server names the product and how many are left; the generic message cannot.
    if (!problem.message || field.length !== 3) return 'An item in your cart is no longer available. Please remove it from your cart.';
    return field[2] === 'variantId'
      ? `${problem.message}. Please remove it from your cart.`
      : `${problem.message}. Please change the quantity in your cart.`;
  }
  if (problem.code === 'INVALID_ADDRESS') {
    if (field[0] === 'shippingAddressId') return 'That saved address no longer exists. Please choose another one.';
    const part = field[1] ? ADDRESS_PARTS[field[1]] : undefined;
    if (part) return `Please check ${part} of the shipping address.`;
    return 'Please choose or enter a shipping address.';
  }
  return messageFor(problem);
}

/**
 * The order summary of the checkout: the cart priced as placing the order would price it for the chosen address
 * (lines, subtotal, tax, shipping, total) and what would stop the order, in words — before anything is placed.
 */
export function QuoteSummary({ destination }: { destination: QuoteDestination }) {
  const { data, previousData, loading, error } = useQuery(CheckoutQuoteQuery, {
    variables: destination ?? {},
    skip: !destination,
    fetchPolicy: 'network-only',
  });
  if (!destination) {
    return <p className="mt-2 text-sm text-neutral-600">Enter the shipping address to see tax, shipping and the total.</p>;
  }
  const quote = (data ?? previousData)?.checkoutQuote;
  if (!quote) {
    if (error) return <p role="alert" className="mt-2 text-sm text-red-800">{messageFor({ code: 'NETWORK' })}</p>;
    return <p className="mt-2 text-sm text-neutral-600">{loading ? 'Working out your total…' : 'Your cart is empty.'}</p>;
  }
  const noShipping = quote.problems.some((p) => p.code === 'INVALID_ADDRESS');
  return (
    <div data-testid="checkout-quote" aria-busy={loading}>
      <ul className="mt-2 divide-y divide-neutral-200 text-sm">
        {quote.lines.map((l) => (
          <li key={l.variant?.id ?? `${l.productName}-${l.variantTitle}`} className="flex justify-between gap-2 py-2">
            <span>
              {l.productName}
              {l.variantTitle !== 'Default' ? ` (${l.variantTitle})` : ''} × {l.quantity}
            </span>
            <span>{formatMoney(l.total)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-2 space-y-1 text-sm" aria-live="polite">
        <div className="flex justify-between">
          <dt>Subtotal</dt>
          <dd>{formatMoney(quote.subtotal)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>Tax (8.5%)</dt>
          <dd>{formatMoney(quote.tax)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>Shipping</dt>
          <dd>{noShipping ? '—' : formatMoney(quote.shipping)}</dd>
        </div>
        <div className="flex justify-between border-t border-neutral-200 pt-1 font-semibold">
          {/* Without a valid address the total has no shipping in it yet: said so, not shown as the price to pay. */}
          <dt>{noShipping ? 'Total before shipping' : 'Total'}</dt>
          <dd data-testid="quote-total">{formatMoney(quote.total)}</dd>
        </div>
      </dl>
      {quote.problems.length ? (
        <div role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {quote.problems.map((p, i) => (
            <p key={i}>{quoteProblemMessage(p)}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
