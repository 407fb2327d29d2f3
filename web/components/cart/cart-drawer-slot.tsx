'use client';

import dynamic from 'next/dynamic';
import { useCartUi } from './cart-ui';

// The drawer brings Apollo Client with it: loaded in the browser when the cart is first opened, never on the server.
const CartDrawer = dynamic(() => import('./cart-drawer'), { ssr: false });

/** Where the cart drawer goes on every page; empty until the shopper first opens the cart (or adds to it). */
export function CartDrawerSlot() {
  const loaded = useCartUi((s) => s.drawerLoaded);
  return loaded ? <CartDrawer /> : null;
}
