import { create } from 'zustand';

interface CartUi {
  /** Whether the cart drawer is open. */
  open: boolean;
  /** The drawer has been opened in this tab: its code is loaded and it stays mounted (closed) from then on. */
  drawerLoaded: boolean;
  setOpen: (open: boolean) => void;
  /**
   * The cart's item count as Apollo's cache last saw it; null until the cart has been read or changed in this tab
   * (the header then shows the count the server rendered).
   */
  count: number | null;
  setCount: (count: number | null) => void;
}

/** UI state only: the drawer, and the header's count. The cart itself lives in Apollo's cache. */
export const useCartUi = create<CartUi>((set) => ({
  open: false,
  drawerLoaded: false,
  setOpen: (open) => set(open ? { open, drawerLoaded: true } : { open }),
  count: null,
  setCount: (count) => set({ count }),
}));
