import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-neutral-700">It may have moved, or the product is no longer sold.</p>
      <form action="/search" className="mt-6 flex gap-2" role="search">
        <label htmlFor="nf-search" className="sr-only">Search the shop</label>
        <input id="nf-search" name="q" type="search" placeholder="Search the shop" className="flex-1 rounded border border-neutral-400 px-3 py-2" />
        <button type="submit" className="rounded-md bg-neutral-900 px-4 text-white">Go</button>
      </form>
      <p className="mt-4"><Link href="/" className="underline">Back to the home page</Link></p>
    </section>
  );
}
