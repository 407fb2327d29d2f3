import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { CreateCartMutation, SERVER_ONLY_OPERATIONS } from '@/lib/auth-operations';
import { operationByName } from '@/lib/persisted';
import { execute, runOperation } from '@/lib/router';
import { COOKIES, clearSession, forwardedFor, writeGuestCart } from '@/lib/session';

const CATALOG_WRITES = new Set(['AdminCreateProduct', 'AdminUpdateProduct', 'AdminArchiveProduct', 'AdminSetStock']);
const hasUserErrors = (data: Record<string, unknown>) =>
  Object.values(data).some((payload) => ((payload as { userErrors?: unknown[] } | null)?.userErrors?.length ?? 0) > 0);

/**
 * The browser's only way to the API. Apollo Client in the page posts `{ operationName, variables }` here; this
 * handler runs the storefront's persisted operation of that name (nothing else), as the signed-in shopper (the
 * access token comes from the httpOnly cookie) and on behalf of the shopper's address. For a guest, `$cartId` is
 * filled from the guest-cart cookie — created on the first add — so the cart's secret never reaches page scripts.
 */
export async function POST(request: NextRequest) {
  const payload = (await request.json().catch(() => null)) as { operationName?: string; variables?: Record<string, unknown> } | null;
  const op = payload?.operationName ? operationByName(payload.operationName) : undefined;
  if (!op || SERVER_ONLY_OPERATIONS.has(op.name)) {
    return NextResponse.json({ errors: [{ message: 'Unknown operation', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] }, { status: 400 });
  }
  const token = request.cookies.get(COOKIES.access)?.value ?? null;
  const address = forwardedFor(request);
  const variables = { ...(payload?.variables ?? {}) };
  let newGuestCart: string | null = null;

  if (op.takesCartId) {
    delete variables.cartId;
    if (!token) {
      let cartId = request.cookies.get(COOKIES.guestCart)?.value || null;
      if (!cartId && op.type === 'mutation') {
        const { data } = await execute(CreateCartMutation, {}, { forwardedFor: address });
        cartId = data?.createCart.cart?.id ?? null;
        newGuestCart = cartId;
      }
      if (!cartId) return NextResponse.json({ data: { cart: null } }); // a guest without a cart: nothing to show
      variables.cartId = cartId;
    }
  }

  let result;
  try {
    result = await runOperation(op, variables, { token, forwardedFor: address });
  } catch {
    return NextResponse.json({ errors: [{ message: 'The shop could not be reached', extensions: { code: 'NETWORK' } }] }, { status: 502 });
  }
  // An admin's catalog change: the cached catalog pages are read afresh from now on.
  if (CATALOG_WRITES.has(op.name) && result.body.data && !hasUserErrors(result.body.data)) revalidateTag('catalog', { expire: 0 });
  const response = NextResponse.json(result.body, { status: result.status });
  if (newGuestCart) writeGuestCart(response.cookies, newGuestCart);
  // A revoked or expired session: sign out cleanly rather than leave a dead token behind.
  if (token && result.body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) clearSession(response.cookies);
  return response;
}
