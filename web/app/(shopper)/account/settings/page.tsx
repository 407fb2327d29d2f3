import type { Metadata } from 'next';
import { AccountSettings } from '@/components/account/settings';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Settings' };

export default async function Page() {
  await requireSession('/account/settings');
  return <AccountSettings />;
}
