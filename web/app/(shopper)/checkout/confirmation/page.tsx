import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Confirmation } from '@/components/checkout/confirmation';
import { requireSession } from '@/lib/require-session';

// Not "Order confirmed": an unpaid or a cancelled order is shown here too (components/checkout/confirmation.tsx).
export const metadata: Metadata = { title: 'Your order' };

export default async function Page({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const { order } = await searchParams;
  if (!order) notFound();
  await requireSession(`/checkout/confirmation?order=${encodeURIComponent(order)}`);
  return <Confirmation orderId={order} />;
}
