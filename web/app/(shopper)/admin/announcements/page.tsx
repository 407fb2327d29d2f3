import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { AnnouncementForm } from '@/components/admin/announcements';
import { requireAdmin } from '@/lib/require-admin';

export const metadata: Metadata = { title: 'Admin: announcements', robots: { index: false } };

export default async function Page() {
  await requireAdmin('/admin/announcements');
  return (
    <div className="space-y-4">
      <AdminNav current="/admin/announcements" />
      <h1 className="text-2xl font-semibold">Announcements</h1>
      <AnnouncementForm />
    </div>
  );
}
