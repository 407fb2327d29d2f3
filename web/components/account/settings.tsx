'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { brandName } from '@/lib/cards';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { LoadFailed } from '@/components/layout/retry';

const SettingsQuery = graphql(`
  query AccountSettings {
    me {
      id
      email
      profile { firstName lastName phone }
      preferences { marketingEmails orderUpdates securityAlerts smsNotifications }
      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping isDefaultBilling }
      paymentMethods { id brand last4 expMonth expYear holderName }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code message field } }
  }
`);

const UpdatePreferences = graphql(`
  mutation UpdatePreferences($input: PreferencesInput!) {
    updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications } userErrors { code message } }
  }
`);

const DeleteAddress = graphql(`
  mutation DeleteAddress($id: ID!) {
    deleteAddress(id: $id) { deletedAddressId userErrors { code message } }
  }
`);

const SetDefaultAddress = graphql(`
  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {
    setDefaultAddress(id: $id, kind: $kind) { address { id isDefaultShipping isDefaultBilling } userErrors { code message } }
  }
`);

export const RemovePaymentMethod = graphql(`
  mutation RemovePaymentMethod($id: ID!) {
    removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code message } }
  }
`);

const PREFERENCES = [
  ['orderUpdates', 'Emails about my orders'],
  ['securityAlerts', 'Security alerts'],
  ['marketingEmails', 'News and offers by email'],
  ['smsNotifications', 'Text messages when an order ships'],
] as const;

/** Profile, preferences, address book and saved cards. */
export function AccountSettings() {
  const { data, loading, error, refetch } = useQuery(SettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [updateProfile] = useMutation(UpdateProfile);
  const [updatePreferences] = useMutation(UpdatePreferences);
  const [deleteAddress] = useMutation(DeleteAddress);
  const [setDefault] = useMutation(SetDefaultAddress);
  const [removeCard] = useMutation(RemovePaymentMethod);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  if (loading && !data) return <p>Loading…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const me = data?.me;
  if (!me) return <p>You are signed out. <Link href="/sign-in?next=/account/settings" className="underline">Sign in</Link></p>;

  const report = (errors: readonly UserErrorLike[] | undefined, ok: string) => {
    setNotice(errors?.length ? { ok: false, text: errors.map((e) => messageFor(e)).join(' ') } : { ok: true, text: ok });
    void refetch();
  };

  return (
    <div className="space-y-8">
      <div>
        <Link href="/account" className="text-sm underline">← Your account</Link>
        <h1 className="mt-2 text-2xl font-semibold">Settings</h1>
        <p className="text-sm text-neutral-700">{me.email}</p>
      </div>
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={`text-sm ${notice.ok ? 'text-green-800' : 'text-red-700'}`}>
          {notice.text}
        </p>
      ) : null}

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">Profile</h2>
        <form
          method="post"
          className="mt-2 grid gap-3 sm:grid-cols-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const input = { firstName: String(f.get('firstName') ?? ''), lastName: String(f.get('lastName') ?? ''), phone: String(f.get('phone') ?? '') || null };
            const r = await updateProfile({ variables: { input } }).catch(() => null);
            report(r ? r.data?.updateProfile.userErrors : [{ code: 'NETWORK' }], 'Profile saved.');
          }}
        >
          <label className="text-sm">First name<input name="firstName" defaultValue={me.profile.firstName ?? ''} autoComplete="given-name" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" /></label>
          <label className="text-sm">Last name<input name="lastName" defaultValue={me.profile.lastName ?? ''} autoComplete="family-name" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" /></label>
          <label className="text-sm">Phone (+1…)<input name="phone" defaultValue={me.profile.phone ?? ''} autoComplete="tel" className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" /></label>
          <button type="submit" className="w-fit rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white">Save profile</button>
        </form>
      </section>

      <section aria-labelledby="prefs-heading">
        <h2 id="prefs-heading" className="text-lg font-semibold">Preferences</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {PREFERENCES.map(([key, label]) => (
            <li key={key}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={me.preferences[key]}
                  onChange={async (e) => {
                    const r = await updatePreferences({ variables: { input: { [key]: e.target.checked } } }).catch(() => null);
                    report(r ? r.data?.updatePreferences.userErrors : [{ code: 'NETWORK' }], 'Preferences saved.');
                  }}
                />
                {label}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="addresses-heading">
        <h2 id="addresses-heading" className="text-lg font-semibold">Addresses</h2>
        {me.addresses.length ? (
          <ul className="mt-2 space-y-2 text-sm">
            {me.addresses.map((a) => (
              <li key={a.id} className="rounded border border-neutral-200 p-3">
                <p>
                  <strong>{a.recipientName}</strong>, {a.line1}
                  {a.line2 ? `, ${a.line2}` : ''}, {a.city}, {a.region} {a.postalCode}, {a.country}
                </p>
                <p className="text-xs text-neutral-600">
                  {a.isDefaultShipping ? 'Default shipping address. ' : ''}
                  {a.isDefaultBilling ? 'Default billing address.' : ''}
                </p>
                <div className="mt-1 flex gap-3 text-xs">
                  {!a.isDefaultShipping ? (
                    <button type="button" className="underline" onClick={async () => report((await setDefault({ variables: { id: a.id, kind: 'SHIPPING' } }).catch(() => null))?.data?.setDefaultAddress.userErrors, 'Default shipping address changed.')}>
                      Make default for shipping
                    </button>
                  ) : null}
                  <button type="button" className="text-red-800 underline" onClick={async () => report((await deleteAddress({ variables: { id: a.id } }).catch(() => null))?.data?.deleteAddress.userErrors, 'Address deleted.')}>
                    Delete<span className="sr-only"> the address {a.line1}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-neutral-700">No saved addresses yet: checkout offers to save one.</p>
        )}
      </section>

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading" className="text-lg font-semibold">Saved cards</h2>
        {me.paymentMethods.length ? (
          <ul className="mt-2 space-y-2 text-sm">
            {me.paymentMethods.map((c) => (
              <li key={c.id} className="flex items-center justify-between rounded border border-neutral-200 p-3">
                <span>
                  {brandName(c.brand)} ending {c.last4}, expires {String(c.expMonth).padStart(2, '0')}/{c.expYear} · {c.holderName}
                </span>
                <button type="button" className="text-xs text-red-800 underline" onClick={async () => report((await removeCard({ variables: { id: c.id } }).catch(() => null))?.data?.removePaymentMethod.userErrors, 'Card removed.')}>
                  Remove<span className="sr-only"> the card ending {c.last4}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-neutral-700">No saved cards: cards you pay with are saved here.</p>
        )}
      </section>
    </div>
  );
}
