'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useState } from 'react';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const field = 'mt-1 w-full rounded border border-neutral-400 px-3 py-2';
const primary = 'w-full rounded-md bg-neutral-900 px-4 py-2 font-medium text-white disabled:bg-neutral-500';

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account (the API never says), so
 * the page says so too.
 */
export function ForgotPasswordForm() {
  const [requestReset, { loading }] = useMutation(RequestPasswordReset);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      {sentTo ? (
        <div role="status" className="space-y-2 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          <p>
            If an account exists for <strong>{sentTo}</strong>, we sent it a link to choose a new password. The link
            works once, for 30 minutes.
          </p>
          <p>Nothing arrived? Check your spam folder, or ask again below: only the newest link works.</p>
        </div>
      ) : (
        <p className="text-sm text-neutral-700">Enter the email you shop with and we will send you a link to choose a new password.</p>
      )}
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form
        method="post"
        className="space-y-4"
        onSubmit={async (e) => {
          e.preventDefault();
          const email = String(new FormData(e.currentTarget).get('email') ?? '').trim();
          setError(null);
          try {
            const { data } = await requestReset({ variables: { email } });
            if (!data?.requestPasswordReset) throw new Error('no answer');
            setSentTo(email);
          } catch (failure) {
            const code = (failure as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
            setError(messageFor({ code: code === 'RATE_LIMITED' ? code : 'NETWORK' }));
          }
        }}
      >
        <label className="block text-sm">
          <span className="font-medium">Email</span>
          <input name="email" type="email" required autoComplete="email" className={field} />
        </label>
        <button type="submit" disabled={loading} className={primary}>
          {sentTo ? 'Send another link' : 'Send reset link'}
        </button>
      </form>
      <p className="text-sm text-neutral-700">
        Remembered it? <Link href="/sign-in" className="underline">Sign in</Link>
      </p>
    </div>
  );
}

/**
 * The page a reset email links to (`/reset-password?token=…`): the new password goes to the Next server with the
 * token, which signs the shopper in (httpOnly cookies) when auth accepts it.
 */
export function ResetPasswordForm() {
  const router = useRouter();
  const client = useApolloClient();
  const token = useSearchParams().get('token') ?? '';
  const [errors, setErrors] = useState<UserErrorLike[]>(token ? [] : [{ code: 'INVALID_TOKEN' }]);
  const [busy, setBusy] = useState(false);
  const hint = useId();
  const tokenRefused = errors.some((e) => e.code === 'INVALID_TOKEN');

  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      {errors.length ? (
        <div role="alert" className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {errors.map((e, i) => (
            <p key={i}>{messageFor(e)}</p>
          ))}
          {tokenRefused ? (
            <p>
              <Link href="/forgot-password" className="font-medium underline">
                Ask for a new link
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {token && !tokenRefused ? (
        <form
          method="post"
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setErrors([]);
            try {
              const res = await fetch('/api/auth/reset-password', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ token, newPassword: new FormData(e.currentTarget).get('newPassword') }),
              });
              const body = (await res.json()) as { userErrors: UserErrorLike[] };
              if (body.userErrors.length) {
                setErrors(body.userErrors);
                return;
              }
              await client.resetStore().catch(() => undefined);
              router.replace('/account');
              router.refresh();
            } catch {
              setErrors([{ code: 'NETWORK' }]);
            } finally {
              setBusy(false);
            }
          }}
        >
          <label className="block text-sm">
            <span className="font-medium">New password</span>
            <input name="newPassword" type="password" required autoComplete="new-password" aria-describedby={hint} className={field} />
            <span id={hint} className="mt-1 block text-xs text-neutral-600">
              At least 8 characters, with a lower-case letter, an upper-case letter and a digit.
            </span>
          </label>
          <button type="submit" disabled={busy} className={primary}>
            Set password and sign in
          </button>
        </form>
      ) : null}
    </div>
  );
}
