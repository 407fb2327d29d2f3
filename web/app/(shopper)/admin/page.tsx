import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { AdminProductsPanel } from '@/components/admin/products';
import { pageSizeFrom } from '@/components/admin/paging';
import { requireAdmin } from '@/lib/require-admin';

export const metadata: Metadata = { title: 'Admin: products', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?first=` sets how many rows a page holds (components/admin/paging.ts). */
export default async function Page({ searchParams }: Props) {
  await requireAdmin('/admin');
  const pageSize = pageSizeFrom((await searchParams).first, 'products');
  return (
    <div className="space-y-4">
      <AdminNav current="/admin" />
      <h1 className="text-2xl font-semibold">Products</h1>
      <AdminProductsPanel pageSize={pageSize} />
    </div>
  );
}
