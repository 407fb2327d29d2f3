import { forbidden } from '@zero/service';
import type { Context } from '../context';

/** Internal fields (`@inaccessible`) answer other services only. */
export function requireService({ caller }: Context): void {
  if (!caller.issuer.startsWith('service:')) throw forbidden('Only services may call this');
}
