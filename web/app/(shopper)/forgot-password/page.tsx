import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/account/password-reset';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function Page() {
  return <ForgotPasswordForm />;
}
