import type { Metadata } from 'next';
import { Checkout } from '@/components/checkout/checkout';
import { requireSession } from '@/lib/require-session';

export const metadata: Metadata = { title: 'Checkout' };

export default async function Page() {
  await requireSession('/checkout');
  return <Checkout />;
}
