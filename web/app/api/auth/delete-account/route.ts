import { NextResponse, type NextRequest } from 'next/server';
import { DeleteMyAccountMutation } from '@/lib/auth-operations';
import { execute } from '@/lib/router';
import { COOKIES, clearSession, forwardedFor } from '@/lib/session';

/**
 * Deletes the signed-in shopper's account (the password confirms it). Auth revokes every session at once; this
 * response also clears the session cookies, so the browser is signed out in the same step.
 */
export async function POST(request: NextRequest) {
  const body = (await request.json().catch(() => ({}))) as { password?: string };
  const token = request.cookies.get(COOKIES.access)?.value ?? null;
  let result;
  try {
    result = await execute(DeleteMyAccountMutation, { password: String(body.password ?? '') }, { token, forwardedFor: forwardedFor(request) });
  } catch {
    return NextResponse.json({ deleted: false, userErrors: [{ code: 'NETWORK', message: 'The shop could not be reached' }] }, { status: 502 });
  }
  const payload = result.data?.deleteMyAccount;
  if (!payload) {
    const code = result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE';
    return NextResponse.json({ deleted: false, userErrors: [{ code, message: 'Please try again' }] });
  }
  const response = NextResponse.json({ deleted: payload.deleted, userErrors: payload.userErrors });
  if (payload.deleted) clearSession(response.cookies);
  return response;
}
