import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AuthForm } from '@/components/account/auth-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function Page() {
  return (
    <Suspense>
      <AuthForm mode="sign-in" />
    </Suspense>
  );
}
