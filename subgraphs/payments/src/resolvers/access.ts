import { forbidden, isAdmin, unauthenticated } from '@zero/service';
import type { PaymentRow } from '../db/schema';
import type { Context } from '../context';

/** The signed-in user's id; anonymous callers get UNAUTHENTICATED. */
export function viewerId({ viewer }: Context): string {
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

/** Another service (issuer `service:<name>`), never the router's clients. */
export function isService({ caller }: Context): boolean {
  return caller.issuer.startsWith('service:');
}

/** The internal API: other services only. */
export function assertService(ctx: Context): void {
  if (!isService(ctx)) throw forbidden('Only platform services may do this');
}

/** Admins only (the router enforces @requiresScopes; checked again here). */
export function assertAdmin(ctx: Context): string {
  const id = viewerId(ctx);
  if (!isAdmin(ctx.viewer)) throw forbidden('Only admins may do this');
  return id;
}

/** A payment is visible to its payer, to admins and to services; to anyone else it does not exist. */
export function canSeePayment(payment: PaymentRow, ctx: Context): boolean {
  return isService(ctx) || isAdmin(ctx.viewer) || (!!ctx.viewer && ctx.viewer.id === payment.customerId);
}
