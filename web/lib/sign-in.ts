import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NextResponse, type NextRequest } from 'next/server';
import { MergeCartMutation, SessionResultFragment } from './auth-operations';
import { getFragmentData, type FragmentType } from './gql';
import { execute } from './router';
import { COOKIES, forwardedFor, writeGuestCart, writeSession } from './session';

/** The mutations that answer a new session (`AuthPayload`). */
export type SessionField = 'login' | 'register' | 'resetPassword' | 'changePassword';
type Result = { [K in SessionField]?: FragmentType<typeof SessionResultFragment> };

/**
 * Runs a mutation that signs in (login, register, a password reset or change); on success writes the session
 * cookies and merges the guest cart (`mergeCart` is idempotent, so a retried sign-in cannot double the lines), then
 * forgets the guest cart. `token` is the current access token, for a mutation of a signed-in shopper.
 */
export async function signedIn<V>(
  request: NextRequest,
  document: TypedDocumentNode<Result, V>,
  variables: V,
  field: SessionField,
  token: string | null = null,
) {
  const address = forwardedFor(request);
  let data: Result | null;
  let errors: { extensions?: { code?: string } }[];
  try {
    ({ data, errors } = await execute(document, variables, { token, forwardedFor: address }));
  } catch {
    return NextResponse.json({ userErrors: [{ code: 'NETWORK', message: 'The shop could not be reached' }] }, { status: 502 });
  }
  const result = getFragmentData(SessionResultFragment, data?.[field]);
  if (!result?.session) {
    // No payload: the router refused the request (its limits, or a session that has ended).
    const refused = errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED') ? 'UNAUTHENTICATED' : 'RATE_LIMITED';
    return NextResponse.json({ userErrors: result?.userErrors ?? [{ code: refused, message: 'Please try again' }] }, { status: 200 });
  }
  const session = result.session;
  const response = NextResponse.json({ user: session.user, userErrors: [] });
  writeSession(response.cookies, session);
  const guestCart = request.cookies.get(COOKIES.guestCart)?.value;
  if (guestCart) {
    const merged = await execute(MergeCartMutation, { guestCartId: guestCart }, { token: session.accessToken, forwardedFor: address }).catch(() => null);
    if (merged?.data?.mergeCart.cart || merged?.data?.mergeCart.userErrors.some((e) => e.code === 'NOT_FOUND')) writeGuestCart(response.cookies, null);
  }
  return response;
}
