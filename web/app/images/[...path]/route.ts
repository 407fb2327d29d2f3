import type { NextRequest } from 'next/server';

/**
 * Catalog images through the storefront's own origin, for deployments where the catalog is not published
 * (set the catalog's PUBLIC_URL to the storefront and CATALOG_URL here). Under `npm start` images come straight
 * from the catalog (:8004) and this is not used.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const base = process.env.CATALOG_URL;
  if (!base) return new Response('Not found', { status: 404 });
  const { path } = await params;
  // The rendition's width (`<slug>.webp?w=384`) is the only parameter the catalog reads; nothing else is passed on.
  const width = request.nextUrl.searchParams.get('w');
  const query = width ? `?w=${encodeURIComponent(width)}` : '';
  const upstream = await fetch(`${base}/images/${path.map(encodeURIComponent).join('/')}${query}`, { next: { revalidate: 3600 } }).catch(() => null);
  if (!upstream?.ok) return new Response('Not found', { status: 404 });
  return new Response(upstream.body, {
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'image/svg+xml', 'cache-control': 'public, max-age=86400' },
  });
}
