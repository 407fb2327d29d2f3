import { type NextRequest } from 'next/server';
import { LoginMutation } from '@/lib/auth-operations';
import { signedIn } from '@/lib/sign-in';

/** Signs in: tokens go into httpOnly cookies, the guest cart is merged into the shopper's. */
export async function POST(request: NextRequest) {
  const body = (await request.json().catch(() => ({}))) as { email?: string; password?: string };
  return signedIn(request, LoginMutation, { input: { email: String(body.email ?? ''), password: String(body.password ?? '') } }, 'login');
}
