import type { Metadata } from 'next';
import { AccountSecurity } from '@/components/account/security';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Password and privacy' };

export default async function Page() {
  await requireSession('/account/security');
  return <AccountSecurity />;
}
