'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { messageFor } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { LoadFailed } from '@/components/layout/retry';

/** Notifications per page; "Load more" asks for the next keyset page after the last one shown. */
export const INBOX_PAGE_SIZE = 20;

const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind title body link createdAt readAt } }
      }
    }
  }
`);

const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids) { unreadCount userErrors { code message } }
  }
`);

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The signed-in shopper's in-app inbox, newest first: keyset "Load more", mark one or all read. */
export function Inbox() {
  const client = useApolloClient();
  const router = useRouter();
  const { data, loading, error, refetch, fetchMore } = useQuery(InboxQuery, {
    variables: { first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [markRead] = useMutation(MarkNotificationsRead);
  const [busy, setBusy] = useState<'more' | 'read' | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // After "Load more", focus goes to the first notification it added (the button may be gone: no page after it).
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const shown = data?.me?.notifications.edges.length ?? 0;
  useEffect(() => {
    if (focusFrom === null || shown <= focusFrom) return;
    list.current?.querySelectorAll<HTMLElement>('h2')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [focusFrom, shown]);

  if (loading && !data) return <p>Loading your notifications…</p>;
  if (error && !data) return <LoadFailed onRetry={refetch} />;
  const me = data?.me;
  if (!me) {
    return (
      <p>
        You are signed out. <Link href="/sign-in?next=/account/notifications" className="underline">Sign in</Link>
      </p>
    );
  }
  const { edges, pageInfo, totalCount } = me.notifications;
  const unread = me.unreadNotificationCount;

  /** Marks the given notifications read (all of them without ids), then refreshes the header's count. */
  async function read(ids?: string[]) {
    setBusy('read');
    setNotice(null);
    try {
      const result = await markRead({ variables: { ids: ids ?? null } });
      const payload = result.data?.markNotificationsRead;
      if (!payload || payload.userErrors.length) {
        setNotice({ ok: false, text: messageFor(payload?.userErrors[0] ?? { code: 'NETWORK' }) });
        return;
      }
      const readAt = new Date().toISOString();
      const targets = ids ?? edges.map((e) => e.node.id);
      for (const id of targets) {
        client.cache.modify({ id: client.cache.identify({ __typename: 'Notification', id }), fields: { readAt: (old) => old ?? readAt } });
      }
      client.cache.modify({ id: client.cache.identify({ __typename: 'User', id: me!.id }), fields: { unreadNotificationCount: () => payload.unreadCount } });
      setNotice({ ok: true, text: ids ? 'Marked as read.' : 'All notifications marked as read.' });
      router.refresh(); // the header's count is rendered on the server
    } catch {
      setNotice({ ok: false, text: messageFor({ code: 'NETWORK' }) });
    } finally {
      setBusy(null);
    }
  }

  async function more() {
    setBusy('more');
    setNotice(null);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
      setFocusFrom(edges.length);
    } catch {
      setNotice({ ok: false, text: messageFor({ code: 'NETWORK' }) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="space-y-6">
      <div>
        <Link href="/account" className="text-sm underline">
          ← Your account
        </Link>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">Notifications</h1>
            <p className="text-sm text-neutral-700" data-testid="unread-summary">
              {unread === 0 ? 'Nothing unread.' : `${unread} unread.`}
            </p>
          </div>
          {unread > 0 ? (
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void read()}
              className="rounded-md border border-neutral-400 px-3 py-1.5 text-sm font-medium disabled:text-neutral-500"
            >
              Mark all as read
            </button>
          ) : null}
        </div>
      </div>
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={`text-sm ${notice.ok ? 'text-green-800' : 'text-red-700'}`}>
          {notice.text}
        </p>
      ) : null}
      {edges.length ? (
        <ul ref={list} className="divide-y divide-neutral-200 border-y border-neutral-200" aria-label="Notifications, newest first">
          {edges.map(({ node: n }) => (
            <li key={n.id} className={`flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? '' : 'bg-amber-50 px-3'}`}>
              <article aria-labelledby={`notification-${n.id}`} className="min-w-0">
                <h2 id={`notification-${n.id}`} tabIndex={-1} className="font-semibold">
                  {n.readAt ? null : (
                    <>
                      <span aria-hidden="true" className="mr-2 rounded bg-neutral-900 px-1.5 py-0.5 text-xs font-semibold text-white">
                        New
                      </span>
                      <span className="sr-only">New: </span>
                    </>
                  )}
                  {n.link ? (
                    <a href={n.link} className="underline">
                      {n.title}
                    </a>
                  ) : (
                    n.title
                  )}
                </h2>
                <p className="mt-1 whitespace-pre-line text-sm text-neutral-800">{n.body}</p>
                <p className="mt-1 text-xs text-neutral-600">
                  <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
                </p>
              </article>
              {n.readAt ? null : (
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => void read([n.id])}
                  aria-label={`Mark as read: ${n.title}`}
                  className="shrink-0 self-start text-sm underline disabled:text-neutral-500"
                >
                  Mark as read
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-neutral-700">No notifications yet. Order updates and account messages will show here.</p>
      )}
      {edges.length ? (
        <p className="text-sm text-neutral-700" aria-live="polite">
          Showing {edges.length} of {totalCount}.
        </p>
      ) : null}
      {pageInfo.hasNextPage ? (
        <button
          type="button"
          disabled={busy !== null}
          onClick={() => void more()}
          className="rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium disabled:text-neutral-500"
        >
          {busy === 'more' ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
