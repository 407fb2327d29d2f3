'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { dollarsText, formatMoney, parseDollars } from '@/lib/money';

const Refund = graphql(`
  mutation AdminRefundPayment($paymentId: ID!, $amount: Int, $reason: String) {
    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {
      payment { id status amount { amount currency } refunded { amount currency } }
      userErrors { code message field }
    }
  }
`);

interface Money { amount: number; currency: string }
export interface RefundTarget {
  orderNumber: string;
  /** The order's status: refunding all of an order that has not shipped cancels it. */
  orderStatus: string;
  payment: { id: string; amount: Money; refunded: Money };
}

/** What the payments service keeps of a reason. */
const REASON_MAX = 500;

/** What is wrong with an amount typed in dollars, when at most `left` cents can be refunded; null when it will do. */
function amountProblem(cents: number | null, left: Money): string | null {
  if (cents === null) return 'Enter the amount in dollars, e.g. 12.50.';
  if (cents < 1) return `Enter an amount of at least ${formatMoney({ ...left, amount: 1 })}.`;
  if (cents > left.amount) return `At most ${formatMoney(left)} is left to refund.`;
  return null;
}

/**
 * What refunding everything left does beyond the money (the orders service's rule): an order paid but not shipped is
 * cancelled, so that nothing ships for free; one shipped or delivered keeps its status (a refund after delivery is
 * a return).
 */
function wholeRefundNote(orderStatus: string): string {
  return orderStatus === 'CONFIRMED' || orderStatus === 'PROCESSING'
    ? 'It is everything left: the payment will be fully refunded, and the order, not shipped yet, will be cancelled (its stock goes back and the customer is told).'
    : 'It is everything left: the payment will be fully refunded.';
}

/** A refundPayment user error in dollars: the service counts cents ("The amount must be between 1 and 2485"). */
function refundMessage(error: UserErrorLike, currency: string): string {
  const most = error.code === 'INVALID_INPUT' ? /between 1 and (\d+)/.exec(error.message ?? '')?.[1] : undefined;
  if (most) return `At most ${formatMoney({ amount: Number(most), currency })} is left to refund.`;
  if (error.code === 'PAYMENT_NOT_REFUNDABLE') return 'This payment can no longer be refunded: it may have been refunded in full meanwhile.';
  return messageFor(error);
}

/**
 * Admin: refunds part or all of one payment, in a modal dialog. The amount (in dollars, at most what is left) and an
 * optional reason come first; then the question, with the amount; then what was refunded, and the total so far.
 * `onRefunded` runs after every answer (the list shows the payment as it now stands); `onClose` once it is closed.
 */
export function RefundDialog({ target, onClose, onRefunded }: { target: RefundTarget; onClose: () => void; onRefunded: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [refund, { loading }] = useMutation(Refund);
  const [done, setDone] = useState<{ refunded: Money; payment: RefundTarget['payment'] } | null>(null);
  const payment = done?.payment ?? target.payment;
  const left = { ...payment.amount, amount: payment.amount.amount - payment.refunded.amount };
  const [amount, setAmount] = useState(() => dollarsText(left.amount));
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'amount' | 'confirm'>('amount');
  const [problem, setProblem] = useState<{ onAmount: boolean; text: string } | null>(null);
  const ids = useId();
  const cents = parseDollars(amount);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  // Each step's first words take the focus: the question (read before anything is pressed), then the outcome.
  useEffect(() => {
    if (done) closeButton.current?.focus();
    else if (step === 'confirm') question.current?.focus();
  }, [step, done]);

  function review() {
    const text = amountProblem(cents, left);
    setProblem(text ? { onAmount: true, text } : null);
    if (!text) setStep('confirm');
  }

  async function send() {
    setProblem(null);
    const result = await refund({ variables: { paymentId: target.payment.id, amount: cents, reason: reason.trim() || null } }).catch(() => null);
    const payload = result?.data?.refundPayment;
    const error: UserErrorLike | null = payload?.userErrors[0] ?? (payload?.payment ? null : { code: 'NETWORK' });
    onRefunded();
    if (error || !payload?.payment) {
      setStep('amount');
      setProblem({ onAmount: error?.field?.[0] === 'amount', text: refundMessage(error ?? { code: 'NETWORK' }, left.currency) });
      return;
    }
    setDone({ refunded: { ...left, amount: cents! }, payment: payload.payment });
  }

  const button = 'rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60';
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      onCancel={(e) => loading && e.preventDefault()} // Escape waits for an answer that is on its way
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-black/40"
    >
      <div className="p-4 sm:p-5">
        <h2 id={`${ids}-title`} className="text-lg font-semibold">
          Refund {target.orderNumber}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-neutral-600">Charged</dt>
          <dd>{formatMoney(payment.amount)}</dd>
          <dt className="text-neutral-600">Refunded so far</dt>
          <dd>{formatMoney(payment.refunded)}</dd>
          <dt className="text-neutral-600">Left to refund</dt>
          <dd className="font-medium">{formatMoney(left)}</dd>
        </dl>

        {done ? (
          <div className="mt-4 space-y-4">
            <p role="status" className="text-sm text-green-800">
              Refunded {formatMoney(done.refunded)}. Refunded so far: {formatMoney(payment.refunded)} of {formatMoney(payment.amount)}.
            </p>
            <div className="flex justify-end">
              <button ref={closeButton} type="button" onClick={() => dialog.current?.close()} className={`${button} bg-neutral-900 text-white`}>
                Close
              </button>
            </div>
          </div>
        ) : step === 'amount' ? (
          <form
            method="post"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              review();
            }}
            className="mt-4 space-y-3"
          >
            <div>
              <label className="block text-sm">
                <span className="font-medium">Amount to refund (USD)</span>
                <input
                  value={amount}
                  onChange={(e) => {
                    setAmount(e.target.value);
                    if (problem?.onAmount) setProblem(null); // said of the amount as it was
                  }}
                  inputMode="decimal"
                  autoComplete="off"
                  aria-invalid={problem?.onAmount || undefined}
                  aria-describedby={`${ids}-most${problem?.onAmount ? ` ${ids}-problem` : ''}`}
                  className="mt-1 w-full rounded border border-neutral-400 px-3 py-2 aria-[invalid=true]:border-red-700"
                />
              </label>
              <p id={`${ids}-most`} className="mt-1 text-xs text-neutral-600">
                At most {formatMoney(left)}.
              </p>
            </div>
            <div className="text-sm">
              <label htmlFor={`${ids}-reason`}>
                <span className="font-medium">Reason</span> <span className="text-neutral-600">(optional, kept with the refund)</span>
              </label>
              <textarea
                id={`${ids}-reason`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={REASON_MAX}
                rows={2}
                className="mt-1 w-full rounded border border-neutral-400 px-3 py-2"
              />
            </div>
            {problem ? (
              <p id={`${ids}-problem`} role="alert" className="text-sm text-red-700">
                {problem.text}
              </p>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" onClick={() => dialog.current?.close()} className={`${button} border border-neutral-400`}>
                Cancel
              </button>
              <button type="submit" className={`${button} bg-neutral-900 text-white`}>
                Review refund
              </button>
            </div>
          </form>
        ) : (
          <div className="mt-4 space-y-3">
            <p ref={question} tabIndex={-1} className="text-sm">
              Refund <strong>{formatMoney({ ...left, amount: cents! })}</strong> of {target.orderNumber} to the customer? This cannot be undone.
            </p>
            {cents === left.amount ? <p className="text-sm font-medium text-red-800">{wholeRefundNote(target.orderStatus)}</p> : null}
            {reason.trim() ? <p className="break-words text-sm text-neutral-700">Reason: {reason.trim()}</p> : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" disabled={loading} onClick={() => setStep('amount')} className={`${button} border border-neutral-400`}>
                Back
              </button>
              <button type="button" disabled={loading} onClick={() => void send()} className={`${button} bg-red-700 text-white`}>
                {loading ? 'Refunding…' : `Refund ${formatMoney({ ...left, amount: cents! })}`}
              </button>
            </div>
          </div>
        )}
      </div>
    </dialog>
  );
}
