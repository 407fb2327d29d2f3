import Link from 'next/link';

const SECTIONS = [
  { href: '/admin', label: 'Products' },
  { href: '/admin/orders', label: 'Orders' },
  { href: '/admin/partners', label: 'Partners' },
  { href: '/admin/announcements', label: 'Announcements' },
] as const;

export type AdminSection = (typeof SECTIONS)[number]['href'];

/** The admin area's sections, on every admin page; the one shown is marked (`aria-current`) rather than linked. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="Admin" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {SECTIONS.map(({ href, label }) =>
        href === current ? (
          <span key={href} aria-current="page" className="font-semibold">
            {label}
          </span>
        ) : (
          <Link key={href} href={href} className="underline">
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}
