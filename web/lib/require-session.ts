import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { COOKIES } from './session';

/** Pages for signed-in shoppers: a guest is sent to sign in and brought back. */
export async function requireSession(returnTo: string): Promise<void> {
  const jar = await cookies();
  if (!jar.get(COOKIES.refresh)?.value && !jar.get(COOKIES.access)?.value) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
}
