import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { AdminPartnersPanel } from '@/components/admin/partners';
import { requireAdmin } from '@/lib/require-admin';

export const metadata: Metadata = { title: 'Admin: partners', robots: { index: false } };

export default async function Page() {
  await requireAdmin('/admin/partners');
  return (
    <div className="space-y-4">
      <AdminNav current="/admin/partners" />
      <h1 className="text-2xl font-semibold">Partners</h1>
      <AdminPartnersPanel />
    </div>
  );
}
