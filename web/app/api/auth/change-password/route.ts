import { type NextRequest } from 'next/server';
import { ChangePasswordMutation } from '@/lib/auth-operations';
import { COOKIES } from '@/lib/session';
import { signedIn } from '@/lib/sign-in';

/**
 * Changes the signed-in shopper's password. Auth signs them in afresh and revokes every other session, so the new
 * session replaces the cookies at once.
 */
export async function POST(request: NextRequest) {
  const body = (await request.json().catch(() => ({}))) as { currentPassword?: string; newPassword?: string };
  const variables = { currentPassword: String(body.currentPassword ?? ''), newPassword: String(body.newPassword ?? '') };
  return signedIn(request, ChangePasswordMutation, variables, 'changePassword', request.cookies.get(COOKIES.access)?.value ?? null);
}
