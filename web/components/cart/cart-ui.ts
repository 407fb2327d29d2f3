import { create } from 'zustand';

/** UI state only: whether the cart drawer is open. The cart itself lives in Apollo's cache. */
export const useCartDrawer = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
