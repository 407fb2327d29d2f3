'use client';

import { useEffect } from 'react';

/**
 * Marks the page as hydrated (`<html data-hydrated>`): the end-to-end tests wait for it after a full page load
 * before they act, since the page's code starts only after its first paint (lib/first-paint.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return null;
}
