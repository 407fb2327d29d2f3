/**
 * Where to go after signing in (`?next=`): a path of this storefront, or `fallback`. Anything a browser could take to
 * another site is refused — `//evil.example`, `/\evil.example` (browsers read a backslash as a slash), `https://…`,
 * `javascript:…`, control characters, dot segments that resolve to `//…` — by resolving it against a placeholder origin
 * and keeping it only if it stays there as one path.
 */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f]/.test(next)) return fallback;
  try {
    const base = 'http://storefront.invalid';
    const url = new URL(next, base);
    // Dot segments resolve away (`/.//evil.example` → `//evil.example`): what is left must still be one path.
    if (url.origin !== base || url.pathname.startsWith('//')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
