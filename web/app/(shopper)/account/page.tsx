import type { Metadata } from 'next';
import { AccountOverview } from '@/components/account/orders';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Your account' };

export default async function Page() {
  await requireSession('/account');
  return <AccountOverview />;
}
