import Link from 'next/link';
import { CartButton } from '@/components/cart/cart-button';
import { rscQuery } from '@/lib/apollo-rsc';
import { graphql } from '@/lib/gql';
import { shopperSummary, type ShopperSummary } from '@/lib/shopper';
import { SearchBox } from './search-box';

const NavCategories = graphql(`
  query NavCategories {
    categories { id slug name }
  }
`);

/**
 * The inbox, with the unread count in its accessible name ("Notifications, 2 unread") and as a badge. Rendered on the
 * server like the rest of the shopper's header; the inbox page refreshes it after marking notifications read. Without
 * a count (the notifications subgraph did not answer) it is a plain link.
 */
function InboxLink({ unread }: { unread: number | null }) {
  const label = unread === null ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <Link href="/account/notifications" aria-label={label} className="relative inline-flex min-h-6 min-w-6 items-center justify-center rounded-md p-1 hover:bg-neutral-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** "Sign in" for a guest, the account and the inbox for a shopper (and the admin area for an admin). */
function AccountLinks({ viewer }: { viewer: ShopperSummary['viewer'] }) {
  if (!viewer) {
    return (
      <Link href="/sign-in" className="inline-flex min-h-6 items-center text-sm font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {viewer.roles.includes('ADMIN') ? (
        <Link href="/admin" className="inline-flex min-h-6 items-center text-sm hover:underline">
          Admin
        </Link>
      ) : null}
      <Link href="/account" className="inline-flex min-h-6 items-center text-sm font-medium hover:underline">
        Account
      </Link>
      <InboxLink unread={viewer.unreadNotifications} />
    </>
  );
}

/** The header, server-rendered: catalog navigation (cached) and the shopper's links and cart count (per request). */
export async function Header() {
  const [{ data }, shopper] = await Promise.all([
    rscQuery({ query: NavCategories }).catch(() => ({ data: undefined })),
    shopperSummary(),
  ]);
  return (
    <header className="border-b border-neutral-200">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="inline-flex min-h-6 items-center text-lg font-bold tracking-tight">
          Project Zero
        </Link>
        <SearchBox />
        <nav aria-label="Account" className="ml-auto flex items-center gap-3">
          <AccountLinks viewer={shopper.viewer} />
          <CartButton serverCount={shopper.cartCount} />
        </nav>
      </div>
      {data?.categories.length ? (
        <nav aria-label="Categories" className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-4 text-sm">
            {data.categories.map((c) => (
              <li key={c.id}>
                <Link href={`/c/${c.slug}`} className="inline-flex min-h-6 items-center text-neutral-700 hover:text-neutral-900 hover:underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
