import { type NextRequest } from 'next/server';
import { ResetPasswordMutation } from '@/lib/auth-operations';
import { signedIn } from '@/lib/sign-in';

/** Sets a new password with a reset link's token and signs the shopper in (the session goes into httpOnly cookies). */
export async function POST(request: NextRequest) {
  const body = (await request.json().catch(() => ({}))) as { token?: string; newPassword?: string };
  return signedIn(request, ResetPasswordMutation, { token: String(body.token ?? ''), newPassword: String(body.newPassword ?? '') }, 'resetPassword');
}
