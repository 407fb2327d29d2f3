'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-neutral-700">We could not load this page. It is probably a passing problem.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-neutral-900 px-4 py-2 text-white">
        Retry
      </button>
    </section>
  );
}
