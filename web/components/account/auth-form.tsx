'use client';

import { useApolloClient } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { messageFor } from '@/lib/errors';
import { safeNext } from '@/lib/safe-next';

/** Sign in or create an account; the Next server keeps the tokens in httpOnly cookies and merges the guest cart. */
export function AuthForm({ mode }: { mode: 'sign-in' | 'register' }) {
  const router = useRouter();
  const params = useSearchParams();
  const client = useApolloClient();
  const [errors, setErrors] = useState<{ code: string; message?: string; field?: string[] | null }[]>([]);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  const register = mode === 'register';

  async function submit(form: FormData) {
    setBusy(true);
    setErrors([]);
    try {
      const res = await fetch(register ? '/api/auth/register' : '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(form)),
      });
      const body = (await res.json()) as { userErrors: { code: string; message?: string; field?: string[] | null }[] };
      if (body.userErrors.length) {
        setErrors(body.userErrors);
        return;
      }
      await client.resetStore().catch(() => undefined);
      router.replace(next);
      router.refresh();
    } catch {
      setErrors([{ code: 'NETWORK' }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={(e) => { e.preventDefault(); if (!busy) void submit(new FormData(e.currentTarget)); }} className="mx-auto max-w-sm space-y-4" noValidate={false}>
      <h1 className="text-2xl font-semibold">{register ? 'Create an account' : 'Sign in'}</h1>
      {errors.length ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {errors.map((e, i) => (
            <p key={i}>{messageFor(e)}</p>
          ))}
        </div>
      ) : null}
      {register ? (
        <label className="block text-sm">
          <span className="font-medium">Name</span>
          <input name="name" autoComplete="name" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
        </label>
      ) : null}
      <label className="block text-sm">
        <span className="font-medium">Email</span>
        <input name="email" type="email" required autoComplete="email" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="font-medium">Password</span>
        <input name="password" type="password" required autoComplete={register ? 'new-password' : 'current-password'} className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
        {register ? <span className="mt-1 block text-xs text-neutral-600">At least 8 characters, with a lower-case letter, an upper-case letter and a digit.</span> : null}
      </label>
      {register ? null : (
        <p className="text-sm">
          <Link href="/forgot-password" className="underline">Forgot password?</Link>
        </p>
      )}
      {/* Busy, not disabled: a disabled button would drop the keyboard focus to the page's start. */}
      <button type="submit" aria-disabled={busy} className="w-full rounded-md bg-neutral-900 px-4 py-2 font-medium text-white aria-disabled:bg-neutral-500">
        {register ? 'Create account' : 'Sign in'}
      </button>
      <p className="text-sm text-neutral-700">
        {register ? (
          <>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="underline">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/register?next=${encodeURIComponent(next)}`} className="underline">Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
