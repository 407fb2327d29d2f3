import type { Metadata } from 'next';
import { OrderDetail } from '@/components/account/orders';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Order' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireSession(`/account/orders/${encodeURIComponent(id)}`);
  return <OrderDetail id={decodeURIComponent(id)} />;
}
