'use client';

import { useRouter } from 'next/navigation';
import { messageFor, type UserErrorLike } from '@/lib/errors';

/** Shown instead of a blank page when the shop's API cannot be reached while a server-rendered page loads. */
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

/** Shown instead of a client-side section whose query failed with nothing cached: the network message and a retry. */
export function LoadFailed({ onRetry, className }: { onRetry: () => unknown; className?: string }) {
  return (
    <p role="alert" className={className}>
      {messageFor({ code: 'NETWORK' })}{' '}
      <button type="button" className="underline" onClick={() => void onRetry()}>
        Retry
      </button>
    </p>
  );
}

/** The user errors a form's last submission got, each in words, announced to assistive technology. */
export function ProblemList({ problems }: { problems: readonly UserErrorLike[] }) {
  if (!problems.length) return null;
  const messages = [...new Set(problems.map((p) => messageFor(p)))]; // one line per distinct message
  return (
    <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
