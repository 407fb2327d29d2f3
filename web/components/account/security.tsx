'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { messageFor, WRONG_PASSWORD, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';

const ExportMyData = graphql(`
  mutation ExportMyData {
    exportMyData { export { generatedAt json } userErrors { code message } }
  }
`);

const PASSWORD_RULE = 'At least 8 characters, with a lower-case letter, an upper-case letter and a digit.';
const input = 'mt-1 w-full rounded border border-neutral-400 px-3 py-2';

type Notice = { ok: boolean; text: string } | null;

function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <p role={notice.ok ? 'status' : 'alert'} className={`text-sm ${notice.ok ? 'text-green-800' : 'text-red-700'}`}>
      {notice.text}
    </p>
  );
}

async function postJson<T extends { userErrors: UserErrorLike[] }>(url: string, body: unknown): Promise<T | { userErrors: UserErrorLike[] }> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await res.json()) as T;
  } catch {
    return { userErrors: [{ code: 'NETWORK' }] };
  }
}

/** Changes the password; the Next server stores the fresh session auth answers (every other session is revoked). */
function ChangePassword() {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const hint = useId();
  return (
    <section aria-labelledby="password-heading" className="space-y-3">
      <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
      <form
        method="post"
        className="max-w-sm space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          setBusy(true);
          setNotice(null);
          const body = await postJson('/api/auth/change-password', { currentPassword: f.get('currentPassword'), newPassword: f.get('newPassword') });
          setBusy(false);
          if (body.userErrors.length) {
            setNotice({ ok: false, text: body.userErrors.map((err) => messageFor(err, WRONG_PASSWORD)).join(' ') });
            return;
          }
          form.reset();
          setNotice({ ok: true, text: 'Password changed. Every other device was signed out.' });
          router.refresh();
        }}
      >
        <label className="block text-sm">
          <span className="font-medium">Current password</span>
          <input name="currentPassword" type="password" required autoComplete="current-password" className={input} />
        </label>
        <label className="block text-sm">
          <span className="font-medium">New password</span>
          <input name="newPassword" type="password" required autoComplete="new-password" aria-describedby={hint} className={input} />
          <span id={hint} className="mt-1 block text-xs text-neutral-600">{PASSWORD_RULE}</span>
        </label>
        <NoticeLine notice={notice} />
        <button type="submit" disabled={busy} className="rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white disabled:bg-neutral-500">
          Change password
        </button>
      </form>
    </section>
  );
}

/** "Download my data": the export as a JSON file, made in the browser from the answer (nothing kept in the cache). */
function DownloadData() {
  const [exportData, { loading }] = useMutation(ExportMyData, { fetchPolicy: 'no-cache' });
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Download my data</h3>
      <p className="text-sm text-neutral-700">
        One JSON file with everything we keep about you: account and sign-ins, profile, addresses, preferences, cart,
        orders, payments, saved cards (brand, last 4 digits and expiry only) and notifications.
      </p>
      <button
        type="button"
        disabled={loading}
        onClick={async () => {
          setNotice(null);
          const result = await exportData().catch(() => null);
          const payload = result?.data?.exportMyData;
          if (!payload?.export) {
            setNotice({ ok: false, text: messageFor(payload?.userErrors[0] ?? { code: result ? 'SERVICE_UNAVAILABLE' : 'NETWORK' }) });
            return;
          }
          const pretty = JSON.stringify(JSON.parse(payload.export.json), null, 2);
          const url = URL.createObjectURL(new Blob([pretty], { type: 'application/json' }));
          const link = document.createElement('a');
          link.href = url;
          link.download = `project-zero-data-${payload.export.generatedAt.slice(0, 10)}.json`;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
          setNotice({ ok: true, text: 'Your data was downloaded.' });
        }}
        className="rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium disabled:text-neutral-500"
      >
        {loading ? 'Preparing your data…' : 'Download my data'}
      </button>
      <NoticeLine notice={notice} />
    </div>
  );
}

/** "Delete my account", confirmed with the password in a second step; on success the shopper is signed out and sent home. */
function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const password = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  if (!confirming) {
    return (
      <div className="space-y-2">
        <h3 className="font-semibold">Delete my account</h3>
        <p className="text-sm text-neutral-700">
          Your profile, addresses, preferences, cart, saved cards and notifications are deleted, and you are signed out
          everywhere. Orders and payments are kept for our accounts, without your name, address, phone or email.
        </p>
        <button
          ref={opener}
          type="button"
          onClick={() => {
            setConfirming(true);
            setNotice(null);
            setTimeout(() => password.current?.focus(), 0);
          }}
          className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800"
        >
          Delete my account…
        </button>
      </div>
    );
  }

  return (
    <form
      method="post"
      aria-labelledby="delete-heading"
      className="max-w-md space-y-3 rounded-md border border-red-300 bg-red-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setNotice(null);
        const body = await postJson<{ deleted: boolean; userErrors: UserErrorLike[] }>('/api/auth/delete-account', {
          password: new FormData(e.currentTarget).get('password'),
        });
        if (!('deleted' in body) || !body.deleted) {
          setBusy(false);
          setNotice({ ok: false, text: (body.userErrors.length ? body.userErrors : [{ code: 'SERVICE_UNAVAILABLE' }]).map((err) => messageFor(err, WRONG_PASSWORD)).join(' ') });
          password.current?.focus();
          return;
        }
        // A full load of the home page, as after signing out: nothing of the account stays in the tab (Apollo's cache,
        // the cart's count, whose watch a cleared store would drop), and no mounted query is sent again as a guest.
        window.location.replace('/');
      }}
    >
      <h3 id="delete-heading" className="font-semibold text-red-900">Delete your account for good?</h3>
      <p className="text-sm text-red-900">This cannot be undone. Type your password to confirm.</p>
      <label className="block text-sm">
        <span className="font-medium">Password</span>
        <input ref={password} name="password" type="password" required autoComplete="current-password" className={`${input} bg-white`} />
      </label>
      <NoticeLine notice={notice} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className="rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white disabled:bg-red-400">
          {busy ? 'Deleting…' : 'Delete my account permanently'}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setConfirming(false);
            setNotice(null);
            setTimeout(() => opener.current?.focus(), 0);
          }}
          className="rounded-md border border-neutral-400 bg-white px-4 py-2 text-sm font-medium"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The account's password and privacy page. */
export function AccountSecurity() {
  return (
    <div className="space-y-8">
      <div>
        <Link href="/account" className="text-sm underline">
          ← Your account
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Password and privacy</h1>
      </div>
      <ChangePassword />
      <section aria-labelledby="privacy-heading" className="space-y-6">
        <h2 id="privacy-heading" className="text-lg font-semibold">Privacy</h2>
        <DownloadData />
        <DeleteAccount />
      </section>
    </div>
  );
}
