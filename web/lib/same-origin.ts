/**
 * Whether a request that changes something (POST and the like, to `/api/…`) comes from the storefront's own pages.
 * The session cookies are `SameSite=Lax`, which already keeps them off cross-site POSTs; this is the second lock, for
 * what Lax lets through — a sibling subdomain (same site, another origin), an older browser — as Next's own Server
 * Actions do it:
 * - a browser's `Sec-Fetch-Site` must say `same-origin` (or `none`: typed by the user);
 * - without it, an `Origin` header must name the host the request was sent to (`X-Forwarded-Host` behind a proxy);
 * - with neither (a script, curl), nothing marks it cross-site, and it carries no cookie it did not set itself.
 */
export function isSameOrigin(headers: { get(name: string): string | null }): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = headers.get('origin');
  if (!origin) return true;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return origin !== 'null' && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Methods that only read, which any page may send. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
