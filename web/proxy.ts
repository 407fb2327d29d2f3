import { NextResponse, type NextRequest } from 'next/server';
import { refreshTokens, needsRefresh } from './lib/refresh';
import { SAFE_METHODS, isSameOrigin } from './lib/same-origin';
import { COOKIES, clearSession, forwardedFor, writeSession } from './lib/session';

/**
 * Refuses writes to the API from other origins (CSRF), then keeps the session fresh before anything renders: when the access token is missing or about to expire and a
 * refresh token is present, rotate it and hand the new tokens both to this request (so pages and route handlers
 * use them at once) and to the browser. A revoked session is signed out cleanly (its cookies cleared).
 */
export async function proxy(request: NextRequest) {
  // The API's writes run with the shopper's cookies: only the storefront's own pages may send them (lib/same-origin.ts).
  if (!SAFE_METHODS.has(request.method) && request.nextUrl.pathname.startsWith('/api/') && !isSameOrigin(request.headers)) {
    return NextResponse.json({ errors: [{ message: 'Cross-origin requests are refused', extensions: { code: 'FORBIDDEN' } }] }, { status: 403 });
  }
  const refreshToken = request.cookies.get(COOKIES.refresh)?.value;
  if (!refreshToken) return NextResponse.next();
  const expires = Number(request.cookies.get(COOKIES.expires)?.value ?? NaN);
  if (!needsRefresh(expires, Boolean(request.cookies.get(COOKIES.access)?.value))) return NextResponse.next();

  let session;
  try {
    session = await refreshTokens(refreshToken, forwardedFor(request));
  } catch {
    return NextResponse.next(); // router unreachable: leave the cookies alone and let the page show its retry
  }
  if (!session) {
    request.cookies.delete([COOKIES.access, COOKIES.refresh, COOKIES.expires]);
    const response = NextResponse.next({ request: { headers: request.headers } });
    clearSession(response.cookies);
    return response;
  }
  request.cookies.set(COOKIES.access, session.accessToken);
  request.cookies.set(COOKIES.refresh, session.refreshToken);
  request.cookies.set(COOKIES.expires, String(Date.parse(session.accessTokenExpiresAt)));
  const response = NextResponse.next({ request: { headers: request.headers } });
  writeSession(response.cookies, session);
  return response;
}

export const config = {
  // Pages and route handlers; not static files or the catalog's images.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js)$).*)'],
};
