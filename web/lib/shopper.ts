import 'server-only';
import { cookies, headers } from 'next/headers';
import { graphql } from './gql';
import { execute } from './router';
import { COOKIES } from './session';

const ShopperSummaryQuery = graphql(`
  query ShopperSummary($cartId: ID) {
    me { id roles }
    cart(id: $cartId) { id totalQuantity }
  }
`);

export interface ShopperSummary {
  /** The signed-in shopper, or null for a guest. */
  viewer: { roles: string[] } | null;
  cartCount: number;
}

const GUEST: ShopperSummary = { viewer: null, cartCount: 0 };

/**
 * Who is shopping and how many items their cart holds, for the header, read on the server from the session and
 * guest-cart cookies (httpOnly: page scripts cannot). The header is then right in the first HTML, with no client
 * request and no layout shift. A visitor without either cookie costs no request; an unreachable router shows the
 * guest's header rather than failing the page.
 */
export async function shopperSummary(): Promise<ShopperSummary> {
  const jar = await cookies();
  const token = jar.get(COOKIES.access)?.value || null;
  const guestCart = jar.get(COOKIES.guestCart)?.value || null;
  if (!token && !guestCart) return GUEST;
  try {
    const { data } = await execute(
      ShopperSummaryQuery,
      // A signed-in shopper's cart is theirs (`cart` without an id); a guest's is named by its secret id.
      { cartId: token ? null : guestCart },
      { token, forwardedFor: (await headers()).get('x-forwarded-for') },
    );
    return { viewer: data?.me ? { roles: data.me.roles } : null, cartCount: data?.cart?.totalQuantity ?? 0 };
  } catch {
    return GUEST;
  }
}
