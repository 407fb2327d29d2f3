import { forbidden } from '@zero/service';
import type { Context } from '../context';

/** Internal operations answer only other services, never the router. */
export function requireService({ caller }: Context): void {
  if (!caller.issuer.startsWith('service:')) throw forbidden('Only services may call this');
}
