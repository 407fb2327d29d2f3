import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ResetPasswordForm } from '@/components/account/password-reset';

// The URL holds the reset token: never send it on as a Referer.
export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default function Page() {
  return (
    <Suspense>
      <ResetPasswordForm />
    </Suspense>
  );
}
