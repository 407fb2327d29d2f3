'use client';

import { useRef, useState } from 'react';

/**
 * Keyset paging over a Relay connection that only goes forward (`first`/`after`): the `endCursor`s of the pages
 * before the current one are kept, so "Previous" asks again for the page that began after the one before it. A
 * page is asked for afresh (a refetch after a change shows the same page, not the first). Moving to another page
 * takes the focus to `top` (the list's heading, `tabIndex={-1}`): the buttons pressed are gone while it loads.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  const top = useRef<HTMLHeadingElement>(null);
  return {
    top,
    /** The `after` of the page shown; null on the first page. */
    after: cursors.at(-1) ?? null,
    /** 0 for the first page. */
    index: cursors.length,
    next: (endCursor: string) => {
      setCursors((c) => [...c, endCursor]);
      top.current?.focus();
    },
    previous: () => {
      setCursors((c) => c.slice(0, -1));
      top.current?.focus();
    },
    /** Back to the first page: a filter changed, and the cursors kept belong to the old one. */
    reset: () => setCursors([]),
  };
}

/** "Showing 51–100 of 203" with Previous and Next; nothing when everything fits on one page. */
export function Pager(props: {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}) {
  const { label, pages, pageSize, shown, total, pageInfo } = props;
  if (pages.index === 0 && !pageInfo.hasNextPage) return null;
  const from = pages.index * pageSize + 1;
  const button = 'rounded border border-neutral-400 px-3 py-1 disabled:opacity-50';
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-neutral-700">
        {shown ? `Showing ${from}–${from + shown - 1} of ${total}` : `Nothing more to show (${total} in all)`}
      </p>
      <div className="flex gap-2">
        <button type="button" disabled={pages.index === 0} onClick={pages.previous} className={button}>
          Previous page
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
          onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}
          className={button}
        >
          Next page
        </button>
      </div>
    </nav>
  );
}
