import { NextResponse, type NextRequest } from 'next/server';
import { LogoutMutation } from '@/lib/auth-operations';
import { execute } from '@/lib/router';
import { COOKIES, clearSession, forwardedFor } from '@/lib/session';

/** Signs out: revokes the session at the auth subgraph and clears every session cookie. */
export async function POST(request: NextRequest) {
  const refreshToken = request.cookies.get(COOKIES.refresh)?.value;
  if (refreshToken) await execute(LogoutMutation, { refreshToken }, { forwardedFor: forwardedFor(request) }).catch(() => undefined);
  const response = NextResponse.json({ ok: true });
  clearSession(response.cookies);
  return response;
}
