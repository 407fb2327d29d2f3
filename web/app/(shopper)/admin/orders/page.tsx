import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminOrdersPanel } from '@/components/admin/orders';
import { requireAdmin } from '@/lib/require-admin';

export const metadata: Metadata = { title: 'Admin: orders', robots: { index: false } };

export default async function Page() {
  await requireAdmin('/admin/orders');
  return (
    <div className="space-y-4">
      <nav aria-label="Admin" className="flex gap-4 text-sm">
        <Link href="/admin" className="underline">Products</Link>
        <span aria-current="page" className="font-semibold">Orders</span>
      </nav>
      <h1 className="text-2xl font-semibold">Orders</h1>
      <AdminOrdersPanel />
    </div>
  );
}
