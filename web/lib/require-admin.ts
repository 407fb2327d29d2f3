import 'server-only';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { graphql } from './gql';
import { execute } from './router';
import { COOKIES } from './session';

const AdminViewer = graphql(`
  query AdminViewer {
    me { id roles }
  }
`);

/** Admin pages: a guest signs in first; a shopper who is not an admin sees a 404 (nothing to discover). */
export async function requireAdmin(returnTo: string): Promise<void> {
  const token = (await cookies()).get(COOKIES.access)?.value;
  if (!token) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  const { data } = await execute(AdminViewer, {}, { token, forwardedFor: (await headers()).get('x-forwarded-for') });
  if (!data?.me) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!data.me.roles.includes('ADMIN')) notFound();
}
