import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CartDrawerSlot } from '@/components/cart/cart-drawer-slot';
import { Header } from '@/components/layout/header';
import { HydrationMark } from '@/components/layout/hydration-mark';
import './globals.css';

// Pages render per request (their catalog data comes from Next's data cache); a build never bakes in a platform
// that was not running at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Project Zero', template: '%s · Project Zero' },
  description: 'Electronics, clothing, books and home goods, delivered.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // In production server.js's loader adds `web-fonts` (globals.css) to <html> before hydration, after the first
    // paint (lib/first-paint-loader.js), hence suppressHydrationWarning there; `next dev` has no loader.
    <html lang="en" className={process.env.NODE_ENV === 'development' ? 'web-fonts' : undefined} suppressHydrationWarning>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:inline-flex focus:min-h-6 focus:items-center focus:bg-white focus:p-2">
          Skip to content
        </a>
        <Header />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mt-12 border-t border-neutral-200 py-6 text-center text-sm text-neutral-600">
          Project Zero — a demo shop. Prices in USD.
        </footer>
        <CartDrawerSlot />
        <HydrationMark />
      </body>
    </html>
  );
}
