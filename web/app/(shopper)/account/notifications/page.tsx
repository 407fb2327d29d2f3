import type { Metadata } from 'next';
import { Inbox } from '@/components/account/notifications';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Notifications' };

export default async function Page() {
  await requireSession('/account/notifications');
  return <Inbox />;
}
