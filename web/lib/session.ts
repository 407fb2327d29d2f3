import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { config } from './config';

/**
 * The shopper's session lives in httpOnly, SameSite=Lax cookies that only the Next server reads: page scripts never
 * see a token. `zero_exp` (the access token's expiry) lets the proxy refresh before the token runs out.
 */
export const COOKIES = { access: 'zero_at', refresh: 'zero_rt', expires: 'zero_exp', guestCart: 'zero_cart' } as const;

const base = { httpOnly: true, sameSite: 'lax' as const, path: '/' };
const secure = () => config.secureCookies;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

type CookieJar = NextResponse['cookies'];

export function writeSession(cookies: CookieJar, session: SessionTokens): void {
  const expires = Date.parse(session.accessTokenExpiresAt);
  const refreshMaxAge = 30 * 24 * 3600;
  cookies.set(COOKIES.access, session.accessToken, { ...base, secure: secure(), maxAge: Math.max(1, Math.floor((expires - Date.now()) / 1000)) });
  cookies.set(COOKIES.expires, String(expires), { ...base, secure: secure(), maxAge: refreshMaxAge });
  cookies.set(COOKIES.refresh, session.refreshToken, { ...base, secure: secure(), maxAge: refreshMaxAge });
}

export function clearSession(cookies: CookieJar): void {
  for (const name of [COOKIES.access, COOKIES.refresh, COOKIES.expires]) cookies.set(name, '', { ...base, secure: secure(), maxAge: 0 });
}

export function writeGuestCart(cookies: CookieJar, cartId: string | null): void {
  cookies.set(COOKIES.guestCart, cartId ?? '', { ...base, secure: secure(), maxAge: cartId ? 30 * 24 * 3600 : 0 });
}

/** The client address chain to forward to the router (Next adds the socket's address as X-Forwarded-For). */
export function forwardedFor(request: Pick<NextRequest, 'headers'>): string | null {
  return request.headers.get('x-forwarded-for');
}
