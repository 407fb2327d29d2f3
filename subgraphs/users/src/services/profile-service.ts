import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { badInput, checkAddress as checkAddressRule, ErrorCode, isId, lockKey, userError, type AddressInput, type Database, type UserError } from '@zero/service';
import { addresses, preferences, profiles, type AddressRow, type PreferencesRow, type ProfileRow, type tables } from '../db/schema';
import { Checker, clean } from './validation';

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
    const check = checkNames(values, ['input']);
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

  /**
   * The name an account registered with (auth tells us): it becomes the profile's name unless the user has set a
   * first or last name meanwhile. Idempotent. Returns whether the name was taken.
   */
  async recordRegisteredName(userId: string, firstName: string, lastName: string | null): Promise<boolean> {
    const values = { firstName: clean(firstName), lastName: clean(lastName) };
    const check = checkNames(values, []);
    if (check.errors.length) throw badInput(check.errors.map((e) => e.message).join('; '));
    const [row] = await this.db
      .insert(profiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({
        target: profiles.userId,
        set: { ...values, updatedAt: new Date() },
        setWhere: and(isNull(profiles.firstName), isNull(profiles.lastName)),
      })
      .returning({ userId: profiles.userId });
    return row !== undefined;
  }

  /** Turns a user's marketing emails off (an unsubscribe link); the other preferences stay as they are. */
  async unsubscribeMarketing(userId: string): Promise<boolean> {
    await this.db
      .insert(preferences)
      .values({ userId, marketingEmails: false })
      .onConflictDoUpdate({ target: preferences.userId, set: { marketingEmails: false, updatedAt: new Date() } });
    return true;
  }

  /** A page of the ids of users who opted in to marketing emails, in id order after `after`. */
  async marketingAudience(first: number, after: string | null): Promise<string[]> {
    const rows = await this.db
      .select({ userId: preferences.userId })
      .from(preferences)
      .where(and(eq(preferences.marketingEmails, true), after ? gt(preferences.userId, after) : undefined))
      .orderBy(asc(preferences.userId))
      .limit(first);
    return rows.map((r) => r.userId);
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

/** A profile's first and last name: at most 100 characters each. */
function checkNames(values: { firstName?: string | null; lastName?: string | null }, path: string[]): Checker {
  const check = new Checker();
  check.text(values.firstName, [...path, 'firstName'], { max: 100 });
  check.text(values.lastName, [...path, 'lastName'], { max: 100 });
  return check;
}

/** The shared address rule, answered as the users subgraph answers every bad input: INVALID_INPUT naming the field. */
function checkAddress(input: AddressInput) {
  const { value, problems } = checkAddressRule(input);
  return { values: value, errors: problems.map((p) => userError(ErrorCode.INVALID_INPUT, p.message, ['input', p.field])) };
}

function definedOnly<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
