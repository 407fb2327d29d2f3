/**
 * Where to go after signing in (`?next=`): a path of this storefront, or `fallback`. Anything a browser could take to
 * another site is refused — `//evil.example`, `/\evil.example` (browsers read a backslash as a slash), `https://…`,
 * `javascript:…`, control characters — by resolving it against a placeholder origin and keeping it only if it stays there.
 */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f]/.test(next)) return fallback;
  try {
    const base = 'http://storefront.invalid';
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
