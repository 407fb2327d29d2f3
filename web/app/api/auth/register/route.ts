import { type NextRequest } from 'next/server';
import { RegisterMutation } from '@/lib/auth-operations';
import { signedIn } from '@/lib/sign-in';

/** Creates an account (signed in at once), merging the guest cart like a sign-in. */
export async function POST(request: NextRequest) {
  const body = (await request.json().catch(() => ({}))) as { email?: string; password?: string; name?: string };
  const input = { email: String(body.email ?? ''), password: String(body.password ?? ''), ...(body.name ? { name: String(body.name) } : {}) };
  return signedIn(request, RegisterMutation, { input }, 'register');
}
