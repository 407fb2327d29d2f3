import 'server-only';
import { cookies, headers } from 'next/headers';
import { graphql } from './gql';
import { execute } from './router';
import { COOKIES } from './session';

// `inbox` is `me` again under another name: when the notifications subgraph cannot answer, only `inbox` is null
// (its count is non-null), and the header still knows who is signed in. A guest is asked only for the cart: the
// router refuses a whole anonymous request that selects the count (even under a false `@include`).
const ShopperSummaryQuery = graphql(`
  query ShopperSummary {
    me { id roles }
    inbox: me { id unreadNotificationCount }
    cart { id totalQuantity }
  }
`);

const GuestCartSummaryQuery = graphql(`
  query GuestCartSummary($cartId: ID!) {
    cart(id: $cartId) { id totalQuantity }
  }
`);

export interface ShopperSummary {
  /** The signed-in shopper, or null for a guest. */
  viewer: { roles: string[]; unreadNotifications: number | null } | null;
  cartCount: number;
}

const GUEST: ShopperSummary = { viewer: null, cartCount: 0 };

/**
 * Who is shopping, how many items their cart holds and how many of their notifications are unread, for the header,
 * read on the server from the session and guest-cart cookies (httpOnly: page scripts cannot). The header is then right in the first HTML, with no client
 * request and no layout shift. A visitor without either cookie costs no request; an unreachable router shows the
 * guest's header rather than failing the page.
 */
export async function shopperSummary(): Promise<ShopperSummary> {
  const jar = await cookies();
  const token = jar.get(COOKIES.access)?.value || null;
  const guestCart = jar.get(COOKIES.guestCart)?.value || null;
  if (!token && !guestCart) return GUEST;
  try {
    const forwardedFor = (await headers()).get('x-forwarded-for');
    if (token) {
      // A signed-in shopper's cart is theirs (`cart` without an id).
      const { data } = await execute(ShopperSummaryQuery, {}, { token, forwardedFor });
      const viewer = data?.me ? { roles: data.me.roles, unreadNotifications: data.inbox?.unreadNotificationCount ?? null } : null;
      return { viewer, cartCount: data?.cart?.totalQuantity ?? 0 };
    }
    const { data } = await execute(GuestCartSummaryQuery, { cartId: guestCart ?? '' }, { forwardedFor });
    return { viewer: null, cartCount: data?.cart?.totalQuantity ?? 0 };
  } catch {
    return GUEST;
  }
}
