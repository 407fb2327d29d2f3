'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { graphql } from '@/lib/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me { id email roles }
  }
`);

/** "Sign in" for a guest, the account for a shopper (and the admin area for an admin). */
export function AccountLink() {
  const { data, loading } = useQuery(ViewerQuery);
  if (loading && !data) return <span className="w-16 text-sm text-neutral-500">…</span>;
  if (!data?.me) {
    return (
      <Link href="/sign-in" className="text-sm font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {data.me.roles.includes('ADMIN') ? (
        <Link href="/admin" className="text-sm hover:underline">
          Admin
        </Link>
      ) : null}
      <Link href="/account" className="text-sm font-medium hover:underline">
        Account
      </Link>
    </>
  );
}
