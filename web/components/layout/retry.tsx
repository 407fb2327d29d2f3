'use client';

import { useRouter } from 'next/navigation';

/** Shown instead of a blank page when the shop's API cannot be reached. */
export function RetryNotice() {
  const router = useRouter();
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
      <p className="font-medium">We could not reach the shop just now.</p>
      <button type="button" onClick={() => router.refresh()} className="mt-3 rounded-md bg-neutral-900 px-4 py-2 text-sm text-white">
        Retry
      </button>
    </div>
  );
}
