import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pay } from '@/components/checkout/pay';
import { config } from '@/lib/config';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Payment' };

export default async function Page({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const { order } = await searchParams;
  if (!order) notFound();
  await requireSession(`/checkout/pay?order=${encodeURIComponent(order)}`);
  return <Pay orderId={order} showTestCards={config.showTestCards} />;
}
