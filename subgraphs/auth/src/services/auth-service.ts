import { createHash, randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcrypt';
import { and, eq, gte, isNotNull, isNull } from 'drizzle-orm';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ACCESS_TOKEN_TTL_SECONDS, CONTROL_CHARACTERS_PROBLEM, enqueue, ErrorCode, hasControlCharacters, NotificationEvents, userError, type Database, type Logger, type OutboxRelay, type Role, type UserError } from '@zero/service';
import { erasures, passwordResetTokens, refreshTokens, users, type tables, type UserRow } from '../db/schema';
import { checkEmail, checkPassword, normalizeEmail, PASSWORD_MAX_BYTES } from './credentials-policy';
import { Lockout } from './lockout';
import { Topic } from './users-client';
import type { SigningKeys } from './signing-keys';

/** Refresh tokens live 30 days. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** The longest name `register` takes: each of its parts must fit the profile's first and last name (100 each). */
export const NAME_MAX_LENGTH = 100;

export interface SessionResult {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  user: UserRow;
}
export interface AuthPayload {
  session: SessionResult | null;
  userErrors: UserError[];
}

export interface AuthServiceOptions {
  bcryptCost: number;
  /** Sign-in attempts allowed per minute from one address for one email, and from one address overall. */
  loginRatePerEmail: number;
  loginRatePerIp: number;
  /** Shared limiter store (Redis) when configured; in memory otherwise. `points` per `durationSeconds` (60 by default). */
  limiterFactory?: LimiterFactory;
  /** Delivers the outbox events a registration enqueues (none when absent, e.g. in the create-admin script). */
  relay?: Pick<OutboxRelay, 'deliverNow' | 'wake'>;
}

/** Makes a rate limiter: `points` per `durationSeconds` (60 unless given), keys prefixed with `keyPrefix`. */
export type LimiterFactory = (keyPrefix: string, points: number, durationSeconds?: number) => RateLimiterAbstract;

/** The limiter store when none is configured: this process's memory. */
export const memoryLimiter: LimiterFactory = (keyPrefix, points, durationSeconds = 60) => new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });

const fail = (...errors: UserError[]): AuthPayload => ({ session: null, userErrors: errors });

type Db = Database<typeof tables>;
/** A transaction of the auth database, for the steps that must commit with the caller's other writes. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Registration, sign-in, session rotation and revocation. */
export class AuthService {
  /** Compared against when the email is unknown, so both failures take the same time. */
  private readonly dummyHash: Promise<string>;
  private readonly perEmail: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  readonly lockout: Lockout;

  constructor(
    private readonly db: Db,
    private readonly keys: SigningKeys,
    private readonly options: AuthServiceOptions,
    private readonly logger: Logger,
  ) {
    this.dummyHash = bcrypt.hash(randomBytes(16).toString('hex'), options.bcryptCost);
    const limiter = options.limiterFactory ?? memoryLimiter;
    this.perEmail = limiter('login_email', options.loginRatePerEmail);
    this.perIp = limiter('login_ip', options.loginRatePerIp);
    this.lockout = new Lockout(db);
  }

  /** Creates a CUSTOMER account and signs it in. */
  async register(input: { email: string; password: string; name?: string | null }, ip: string | null = null): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const errors = [checkEmail(email, ['input', 'email']), checkPassword(input.password, ['input', 'password'])].filter(
      (e): e is UserError => e !== null,
    );
    const name = input.name?.trim().replace(/\s+/g, ' ') || null;
    if (name && name.length > NAME_MAX_LENGTH) {
      errors.push(userError(ErrorCode.INVALID_INPUT, `The name must be at most ${NAME_MAX_LENGTH} characters`, ['input', 'name']));
    } else if (name && hasControlCharacters(name)) {
      errors.push(userError(ErrorCode.INVALID_INPUT, `The name ${CONTROL_CHARACTERS_PROBLEM}`, ['input', 'name']));
    }
    if (errors.length) return fail(...errors);

    const passwordHash = await bcrypt.hash(input.password, this.options.bcryptCost);
    const { user, events } = await this.db.transaction(async (tx) => {
      // The unique index decides between concurrent registrations of one email: exactly one insert wins.
      const [created] = await tx.insert(users).values({ email, name, passwordHash }).onConflictDoNothing().returning();
      // The profile (users subgraph) gets the name, with the account: at least once, even if users is down now.
      const named = created && name ? [await enqueue(tx, Topic.REGISTERED_NAME, { userId: created.id, ...splitName(name) })] : [];
      // The welcome, by the notifications subgraph, from the relay (it need not hold the response).
      if (created) await enqueue(tx, NotificationEvents.WELCOME, { userId: created.id, at: created.createdAt.toISOString(), name });
      return { user: created, events: named };
    });
    if (!user) return fail(userError(ErrorCode.EMAIL_TAKEN, 'An account with this email already exists', ['input', 'email']));
    this.logger.info({ userId: user.id }, 'account registered');
    await this.options.relay?.deliverNow(events);
    this.options.relay?.wake();
    return { session: await this.openSession(user, undefined, ip), userErrors: [] };
  }

  /**
   * Signs in. Every answer is the same for an email with an account and one without: unknown emails take as long,
   * count towards the lockout and get locked alike (services/lockout.ts).
   */
  async login(input: { email: string; password: string }, ip: string | null): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const limited = await this.consumeLoginBudget(email, ip ?? 'unknown');
    if (limited) return fail(userError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts; try again in ${limited} seconds`));
    const locked = await this.lockout.lockedUntil(email);
    if (locked) return fail(lockedError(locked));

    const invalid = userError(ErrorCode.INVALID_CREDENTIALS, 'The email or password is incorrect');
    const [user] = await this.db.select().from(users).where(eq(users.email, email));
    const acceptable = input.password.length > 0 && Buffer.byteLength(input.password, 'utf8') <= PASSWORD_MAX_BYTES;
    let matches = false;
    if (user && acceptable) matches = await bcrypt.compare(input.password, user.passwordHash);
    // Without an account (or with a password no account can have), the same bcrypt work: every failure takes as long.
    else await bcrypt.compare(input.password.slice(0, PASSWORD_MAX_BYTES), await this.dummyHash);
    if (!user || !matches) {
      await this.lockout.recordFailure(email);
      return fail(invalid);
    }
    // A concurrent failure may have locked the email since we checked.
    const lockedMeanwhile = await this.lockout.succeeded(email);
    if (lockedMeanwhile) return fail(lockedError(lockedMeanwhile));
    return { session: await this.openSession(user, undefined, ip), userErrors: [] };
  }

  /** Exchanges a refresh token for a new session; a spent token revokes its whole family. */
  async refresh(refreshToken: string, ip: string | null = null): Promise<AuthPayload> {
    const invalid = fail(userError(ErrorCode.INVALID_REFRESH_TOKEN, 'The refresh token is invalid or expired; sign in again', ['refreshToken']));
    const [row] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(refreshToken)));
    if (!row || row.revokedAt) return invalid;
    if (row.rotatedAt) {
      await this.revokeFamily(row.familyId);
      this.logger.warn({ userId: row.userId, familyId: row.familyId }, 'refresh token reuse: session family revoked');
      return invalid;
    }
    if (row.expiresAt <= new Date()) return invalid;

    // Spend the token atomically: of two concurrent refreshes with one token, one spends it and the other is reuse.
    const [spent] = await this.db
      .update(refreshTokens)
      .set({ rotatedAt: new Date() })
      .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.rotatedAt), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    if (!spent) {
      await this.revokeFamily(row.familyId);
      this.logger.warn({ userId: row.userId, familyId: row.familyId }, 'refresh token reuse: session family revoked');
      return invalid;
    }
    const [user] = await this.db.select().from(users).where(eq(users.id, row.userId));
    if (!user) return invalid;
    const session = await this.openSession(user, row.familyId, ip);
    // A concurrent reuse may have revoked the family between our spend and our insert: the new token must not
    // survive it.
    const [revoked] = await this.db
      .select({ id: refreshTokens.id })
      .from(refreshTokens)
      .where(and(eq(refreshTokens.familyId, row.familyId), isNotNull(refreshTokens.revokedAt)))
      .limit(1);
    if (revoked) {
      await this.revokeFamily(row.familyId);
      return invalid;
    }
    return { session, userErrors: [] };
  }

  /** Revokes the session (token family) of this refresh token. */
  async logout(refreshToken: string): Promise<boolean> {
    const [row] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(refreshToken)));
    if (!row) return false;
    return (await this.revokeFamily(row.familyId)) > 0;
  }

  /** Revokes every session of a user: its refresh tokens, and the access tokens issued so far (`users.tokensValidAfter`). */
  async logoutEverywhere(userId: string): Promise<boolean> {
    await this.db.transaction((tx) => this.revokeSessions(tx, userId));
    return true;
  }

  /**
   * A password change, in the caller's transaction (changePassword, resetPassword, and an upsert with a new
   * password): the new hash, every session and reset link revoked (`revokeCredentials`) and the user told. Null when
   * the account is gone.
   */
  async replacePassword(tx: Tx, userId: string, passwordHash: string, reset: boolean): Promise<UserRow | null> {
    await this.revokeCredentials(tx, userId);
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning();
    if (!user) return null;
    await enqueue(tx, NotificationEvents.PASSWORD_CHANGED, { userId, at: new Date().toISOString(), reset });
    return user;
  }

  /**
   * Whose access tokens were revoked since `since` (the router's `tokenRevocations`): users who signed out everywhere
   * or whose password changed, with the instant from which tokens count again, and erased accounts, none of whose
   * tokens count. `asOf` is where the next call starts.
   */
  async revocationsSince(requested: Date): Promise<{ asOf: Date; revocations: Array<{ userId: string; revokedAt: Date; everyToken: boolean }> }> {
    const asOf = new Date();
    // Nothing older than a token's lifetime (and a minute) can refuse a token still valid: the answer stays bounded
    // whatever `since` is asked for.
    const since = new Date(Math.max(requested.getTime(), asOf.getTime() - ACCESS_TOKEN_TTL_SECONDS * 1000 - 60_000));
    const [revoked, erased] = await Promise.all([
      this.db.select({ userId: users.id, revokedAt: users.tokensValidAfter }).from(users).where(gte(users.tokensValidAfter, since)),
      this.db.select({ userId: erasures.userId, revokedAt: erasures.requestedAt }).from(erasures).where(gte(erasures.requestedAt, since)),
    ]);
    return {
      asOf,
      revocations: [
        ...revoked.map((r) => ({ userId: r.userId, revokedAt: r.revokedAt!, everyToken: false })),
        ...erased.map((r) => ({ userId: r.userId, revokedAt: r.revokedAt, everyToken: true })),
      ],
    };
  }

  /**
   * Creates an account with the given roles, or gives an existing one this password and these roles (seeding,
   * create-admin). A new password is a password change (`replacePassword`: every session and reset link revoked, the
   * user told), and a role taken away revokes the sessions and links too; a new account, a role added or the same
   * password again (seeding does this on every start) revoke nothing.
   */
  async upsertAccount(email: string, password: string, roles: Role[]): Promise<UserRow> {
    const weak = checkPassword(password, ['password']);
    if (weak) throw new Error(weak.message);
    const address = normalizeEmail(email);
    // bcrypt outside the transaction: the stored hash is kept when it is already this password's.
    const [before] = await this.db.select().from(users).where(eq(users.email, address));
    const kept = before && (await bcrypt.compare(password, before.passwordHash)) ? before.passwordHash : null;
    const passwordHash = kept ?? (await bcrypt.hash(password, this.options.bcryptCost));
    const { user, passwordChanged } = await this.db.transaction(async (tx) => {
      const [created] = await tx.insert(users).values({ email: address, passwordHash, roles }).onConflictDoNothing().returning();
      if (created) return { user: created, passwordChanged: false };
      // Locked, so the row compared is the row replaced: a hash that changed since it was compared (or an account
      // registered since it was looked up) is not this password's, and is replaced like any other.
      const [current] = await tx.select().from(users).where(eq(users.email, address)).for('update');
      if (!current) throw new Error('the account was deleted while it was being updated; run again');
      const passwordChanged = current.passwordHash !== kept;
      if (passwordChanged) await this.replacePassword(tx, current.id, passwordHash, true);
      else if (current.roles.some((role) => !(roles as string[]).includes(role))) await this.revokeCredentials(tx, current.id);
      const [updated] = await tx.update(users).set({ roles }).where(eq(users.id, current.id)).returning();
      return { user: updated!, passwordChanged };
    });
    await this.lockout.clear(user.email);
    if (passwordChanged) this.options.relay?.wake();
    return user;
  }

  /**
   * Signs `user` in: a new session (a new family unless given) with its access and refresh tokens, noting the address
   * it was opened from (shown in the user's data export).
   */
  async openSession(user: UserRow, familyId: string = randomUUID(), ip: string | null = null): Promise<SessionResult> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.db.insert(refreshTokens).values({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      ip,
    });
    const access = await this.keys.signAccessToken(user.id, user.roles as Role[]);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user };
  }

  /**
   * Ends every session of a user, in the caller's transaction: its refresh tokens, and the access tokens issued so far
   * (`users.tokensValidAfter`, which the routers poll).
   */
  private async revokeSessions(tx: Tx, userId: string): Promise<void> {
    const now = new Date();
    await tx.update(refreshTokens).set({ revokedAt: now }).where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    await tx.update(users).set({ tokensValidAfter: now }).where(eq(users.id, userId));
  }

  /** What a credential change revokes, in the caller's transaction: every session, and every reset link not yet used. */
  private async revokeCredentials(tx: Tx, userId: string): Promise<void> {
    await this.revokeSessions(tx, userId);
    await tx.delete(passwordResetTokens).where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
  }

  private async revokeFamily(familyId: string): Promise<number> {
    const revoked = await this.db
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return revoked.length;
  }

  /** Returns seconds to wait when over budget, else 0. */
  private async consumeLoginBudget(email: string, ip: string): Promise<number> {
    try {
      await Promise.all([this.perIp.consume(ip), this.perEmail.consume(`${ip}|${email}`)]);
      return 0;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000);
    }
  }
}

/** The answer while an email is locked (the same whether or not it has an account). */
function lockedError(until: Date): UserError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return userError(ErrorCode.ACCOUNT_LOCKED, `Too many failed sign-ins with this email; try again in ${minutes} minute(s)`);
}

/** A registration name as the profile keeps it: the first word is the first name, the rest the last name. */
export function splitName(name: string): { firstName: string; lastName: string | null } {
  const [firstName, ...rest] = name.trim().split(/\s+/);
  return { firstName: firstName!, lastName: rest.join(' ') || null };
}

/** Refresh tokens are stored only as SHA-256 hashes: a database leak yields no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
