import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { AdminOrdersPanel } from '@/components/admin/orders';
import { pageSizeFrom } from '@/components/admin/paging';
import { requireAdmin } from '@/lib/require-admin';

export const metadata: Metadata = { title: 'Admin: orders', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?first=` sets how many rows a page holds (components/admin/paging.ts). */
export default async function Page({ searchParams }: Props) {
  await requireAdmin('/admin/orders');
  const pageSize = pageSizeFrom((await searchParams).first, 'orders');
  return (
    <div className="space-y-4">
      <AdminNav current="/admin/orders" />
      <h1 className="text-2xl font-semibold">Orders</h1>
      <AdminOrdersPanel pageSize={pageSize} />
    </div>
  );
}
