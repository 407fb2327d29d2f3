import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NextResponse, type NextRequest } from 'next/server';
import { MergeCartMutation, SessionResultFragment } from './auth-operations';
import { getFragmentData, type FragmentType } from './gql';
import { execute } from './router';
import { COOKIES, forwardedFor, writeGuestCart, writeSession } from './session';

type Result = { [K in 'login' | 'register']?: FragmentType<typeof SessionResultFragment> };

/**
 * Runs login or register; on success writes the session cookies and merges the guest cart (`mergeCart` is
 * idempotent, so a retried sign-in cannot double the lines), then forgets the guest cart.
 */
export async function signedIn<V>(request: NextRequest, document: TypedDocumentNode<Result, V>, variables: V, field: 'login' | 'register') {
  const address = forwardedFor(request);
  let data: Result | null;
  try {
    ({ data } = await execute(document, variables, { forwardedFor: address }));
  } catch {
    return NextResponse.json({ userErrors: [{ code: 'NETWORK', message: 'The shop could not be reached' }] }, { status: 502 });
  }
  const result = getFragmentData(SessionResultFragment, data?.[field]);
  if (!result?.session) {
    return NextResponse.json({ userErrors: result?.userErrors ?? [{ code: 'RATE_LIMITED', message: 'Please try again' }] }, { status: 200 });
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
