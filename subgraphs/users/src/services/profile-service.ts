import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { ErrorCode, lockKey, userError, type Database, type UserError } from '@zero/service';
import { addresses, preferences, profiles, type AddressRow, type PreferencesRow, type ProfileRow, type tables } from '../db/schema';
import { Checker, clean, isId } from './validation';

/** A user may keep at most this many addresses. */
export const MAX_ADDRESSES = 20;

export const DEFAULT_PREFERENCES = {
  marketingEmails: false, // consent is opt-in
  orderUpdates: true,
  securityAlerts: true,
  smsNotifications: false,
  locale: 'en-US',
  timezone: 'UTC',
} as const;

export interface ProfileInput { firstName?: string | null; lastName?: string | null; phone?: string | null }
export interface AddressInput {
  recipientName: string; line1: string; line2?: string | null; city: string; region: string;
  postalCode: string; country: string; phone?: string | null;
}
export interface PreferencesInput {
  marketingEmails?: boolean | null; orderUpdates?: boolean | null; securityAlerts?: boolean | null;
  smsNotifications?: boolean | null; locale?: string | null; timezone?: string | null;
}
export type AddressKind = 'SHIPPING' | 'BILLING';

type Db = Database<typeof tables>;
type Result<K extends string, T> = { [P in K]: T | null } & { userErrors: UserError[] };

const notFound = () => userError(ErrorCode.NOT_FOUND, 'No such address', ['id']);

/** Profile, address book and preferences of one user. Every method takes the owner's id and touches only their rows. */
export class ProfileService {
  constructor(private readonly db: Db) {}

  /** Updates the given profile fields (undefined keeps, null clears). */
  async updateProfile(userId: string, input: ProfileInput): Promise<Result<'profile', ProfileRow>> {
    const values = { firstName: clean(input.firstName), lastName: clean(input.lastName), phone: clean(input.phone) };
    const check = new Checker();
    check.text(values.firstName, ['input', 'firstName'], { max: 100 });
    check.text(values.lastName, ['input', 'lastName'], { max: 100 });
    check.phone(values.phone, ['input', 'phone']);
    if (check.errors.length) return { profile: null, userErrors: check.errors };
    const set = definedOnly(values);
    const [row] = await this.db
      .insert(profiles)
      .values({ userId, ...set })
      .onConflictDoUpdate({ target: profiles.userId, set: { ...set, updatedAt: new Date() } })
      .returning();
    return { profile: row!, userErrors: [] };
  }

  /** Saves a new address; the first becomes the default of both kinds. */
  async addAddress(userId: string, input: AddressInput): Promise<Result<'address', AddressRow>> {
    const { values, errors } = checkAddress(input);
    if (errors.length) return { address: null, userErrors: errors };
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`addresses:${userId}`));
      const [{ count } = { count: 0 }] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(addresses)
        .where(eq(addresses.userId, userId));
      if (count >= MAX_ADDRESSES) {
        return { address: null, userErrors: [userError(ErrorCode.LIMIT_REACHED, `You can keep at most ${MAX_ADDRESSES} addresses`)] };
      }
      const first = count === 0;
      const [row] = await tx
        .insert(addresses)
        .values({ ...values, userId, isDefaultShipping: first, isDefaultBilling: first })
        .returning();
      return { address: row!, userErrors: [] };
    });
  }

  /** Replaces the fields of one of the user's addresses. */
  async updateAddress(userId: string, id: string, input: AddressInput): Promise<Result<'address', AddressRow>> {
    if (!isId(id)) return { address: null, userErrors: [notFound()] };
    const { values, errors } = checkAddress(input);
    if (errors.length) return { address: null, userErrors: errors };
    const [row] = await this.db
      .update(addresses)
      .set(values)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning();
    return row ? { address: row, userErrors: [] } : { address: null, userErrors: [notFound()] };
  }

  /** Deletes an address; a default passes to the most recent other address. */
  async deleteAddress(userId: string, id: string): Promise<{ deletedAddressId: string | null; userErrors: UserError[] }> {
    if (!isId(id)) return { deletedAddressId: null, userErrors: [notFound()] };
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`addresses:${userId}`));
      const [deleted] = await tx
        .delete(addresses)
        .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
        .returning();
      if (!deleted) return { deletedAddressId: null, userErrors: [notFound()] };
      if (deleted.isDefaultShipping || deleted.isDefaultBilling) {
        const [successor] = await tx
          .select({ id: addresses.id })
          .from(addresses)
          .where(eq(addresses.userId, userId))
          .orderBy(desc(addresses.createdAt), desc(addresses.id))
          .limit(1);
        if (successor) {
          await tx
            .update(addresses)
            .set({
              ...(deleted.isDefaultShipping ? { isDefaultShipping: true } : {}),
              ...(deleted.isDefaultBilling ? { isDefaultBilling: true } : {}),
            })
            .where(eq(addresses.id, successor.id));
        }
      }
      return { deletedAddressId: deleted.id, userErrors: [] };
    });
  }

  /** Makes one of the user's addresses the default of a kind. */
  async setDefaultAddress(userId: string, id: string, kind: AddressKind): Promise<Result<'address', AddressRow>> {
    if (!isId(id)) return { address: null, userErrors: [notFound()] };
    const column = kind === 'SHIPPING' ? 'isDefaultShipping' : 'isDefaultBilling';
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`addresses:${userId}`));
      const [target] = await tx.select().from(addresses).where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
      if (!target) return { address: null, userErrors: [notFound()] };
      await tx
        .update(addresses)
        .set({ [column]: false })
        .where(and(eq(addresses.userId, userId), ne(addresses.id, id), eq(addresses[column], true)));
      const [row] = await tx.update(addresses).set({ [column]: true }).where(eq(addresses.id, id)).returning();
      return { address: row!, userErrors: [] };
    });
  }

  /** Updates the given preferences; omitted ones keep their value. */
  async updatePreferences(userId: string, input: PreferencesInput): Promise<Result<'preferences', PreferencesRow>> {
    const check = new Checker();
    const locale = clean(input.locale);
    const timezone = clean(input.timezone);
    if (input.locale !== undefined && locale == null) check.text(null, ['input', 'locale'], { required: true });
    if (input.timezone !== undefined && timezone == null) check.text(null, ['input', 'timezone'], { required: true });
    check.locale(locale, ['input', 'locale']);
    check.timezone(timezone, ['input', 'timezone']);
    if (check.errors.length) return { preferences: null, userErrors: check.errors };
    const set = definedOnly({
      marketingEmails: input.marketingEmails ?? undefined,
      orderUpdates: input.orderUpdates ?? undefined,
      securityAlerts: input.securityAlerts ?? undefined,
      smsNotifications: input.smsNotifications ?? undefined,
      locale: locale ? Intl.getCanonicalLocales(locale)[0] : undefined,
      timezone: timezone ?? undefined,
    });
    const [row] = await this.db
      .insert(preferences)
      .values({ userId, ...set })
      .onConflictDoUpdate({ target: preferences.userId, set: { ...set, updatedAt: new Date() } })
      .returning();
    return { preferences: row!, userErrors: [] };
  }
}

function checkAddress(input: AddressInput) {
  const values = {
    recipientName: clean(input.recipientName) ?? '',
    line1: clean(input.line1) ?? '',
    line2: clean(input.line2) ?? null,
    city: clean(input.city) ?? '',
    region: clean(input.region) ?? '',
    postalCode: clean(input.postalCode) ?? '',
    country: (clean(input.country) ?? '').toUpperCase(),
    phone: clean(input.phone) ?? null,
  };
  const check = new Checker();
  for (const key of ['recipientName', 'line1', 'city', 'region', 'postalCode'] as const) {
    check.text(values[key] || null, ['input', key], { required: true, max: key === 'postalCode' ? 20 : 200 });
  }
  check.text(values.line2, ['input', 'line2']);
  check.country(values.country || null, ['input', 'country']);
  check.phone(values.phone, ['input', 'phone']);
  return { values, errors: check.errors };
}

function definedOnly<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
