import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  enqueue,
  ErrorCode,
  lockKey,
  NotificationEvents,
  unauthenticated,
  userError,
  type Database,
  type Logger,
  type OutboxRelay,
  type UserError,
} from '@zero/service';
import { passwordResetTokens, users, type tables } from '../db/schema';
import { hashToken, memoryLimiter, type AuthPayload, type AuthService, type LimiterFactory } from './auth-service';
import { checkEmail, checkPassword, normalizeEmail, PASSWORD_MAX_BYTES } from './credentials-policy';
import type { Lockout } from './lockout';

/** A reset link is valid this long after it was asked for. */
export const RESET_TOKEN_TTL_MINUTES = 30;
/** The storefront's page that takes a reset token (`?token=…`) and asks for the new password. */
export const RESET_PAGE_PATH = '/reset-password';

type Db = Database<typeof tables>;

export interface AccountSecurityOptions {
  bcryptCost: number;
  /** The storefront's base URL; reset links point at its reset page. */
  storefrontUrl: string;
  /** Reset requests one email may cause per hour; beyond, requests are answered alike and send nothing. */
  resetRatePerEmail: number;
  limiterFactory?: LimiterFactory;
  relay?: Pick<OutboxRelay, 'wake'>;
}

const fail = (...errors: UserError[]): AuthPayload => ({ session: null, userErrors: errors });

/**
 * Changing a forgotten or known password. Every change revokes the account's sessions and tells the user (the
 * PASSWORD_CHANGED notification, in the transaction of the change); a reset also lifts a sign-in lockout.
 */
export class AccountSecurity {
  private readonly perEmail: RateLimiterAbstract;
  /** Reset requests being handled after their answer, awaited on shutdown. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly lockout: Lockout,
    private readonly options: AccountSecurityOptions,
    private readonly logger: Logger,
  ) {
    this.perEmail = (options.limiterFactory ?? memoryLimiter)('password_reset_email', options.resetRatePerEmail, 3600);
  }

  /**
   * Signed in: replaces the password after checking the current one; signs in afresh from `ip` (the caller's address,
   * as for a sign-in), every other session revoked.
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string, ip: string | null): Promise<AuthPayload> {
    const [user] = await this.db.select().from(users).where(eq(users.id, userId));
    if (!user) throw unauthenticated();
    const acceptable = currentPassword.length > 0 && Buffer.byteLength(currentPassword, 'utf8') <= PASSWORD_MAX_BYTES;
    if (!acceptable || !(await bcrypt.compare(currentPassword, user.passwordHash))) {
      return fail(userError(ErrorCode.INVALID_CREDENTIALS, 'The current password is incorrect', ['currentPassword']));
    }
    const weak = checkPassword(newPassword, ['newPassword']);
    if (weak) return fail(weak);
    const passwordHash = await bcrypt.hash(newPassword, this.options.bcryptCost);
    const changed = await this.db.transaction((tx) => this.auth.replacePassword(tx, user.id, passwordHash, false));
    this.logger.info({ userId }, 'password changed; every session revoked');
    this.options.relay?.wake();
    return { session: await this.auth.openSession(changed!, undefined, ip), userErrors: [] };
  }

  /**
   * Asks for a reset link. Answers at once and alike whatever the email (no enumeration, and no timing to tell): the
   * lookup, the token and the email happen after the answer. A newer link voids the older ones.
   */
  requestPasswordReset(email: string): true {
    const work = this.issueResetLink(normalizeEmail(email))
      .catch((error) => this.logger.error({ err: error }, 'password reset request failed'))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
    return true;
  }

  /** Sets a new password with a reset token: single use; revokes every session, lifts a lockout, signs in from `ip`. */
  async resetPassword(token: string, newPassword: string, ip: string | null): Promise<AuthPayload> {
    const invalid = fail(userError(ErrorCode.INVALID_TOKEN, 'This reset link is invalid, used or expired; ask for a new one', ['token']));
    const [live] = await this.db
      .select({ id: passwordResetTokens.id })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())));
    if (!live) return invalid;
    const weak = checkPassword(newPassword, ['newPassword']);
    if (weak) return fail(weak);
    const passwordHash = await bcrypt.hash(newPassword, this.options.bcryptCost);
    const user = await this.db.transaction(async (tx) => {
      // Spend the token atomically: of two concurrent resets with one token, one wins.
      const [spent] = await tx
        .update(passwordResetTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(passwordResetTokens.id, live.id), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
        .returning({ userId: passwordResetTokens.userId });
      return spent ? this.auth.replacePassword(tx, spent.userId, passwordHash, true) : null;
    });
    if (!user) return invalid;
    await this.lockout.clear(user.email);
    this.logger.info({ userId: user.id }, 'password reset; every session revoked');
    this.options.relay?.wake();
    return { session: await this.auth.openSession(user, undefined, ip), userErrors: [] };
  }

  /** Resolves when the reset requests under way are handled (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** The work behind a reset request: a token and its email for an account, nothing otherwise. */
  private async issueResetLink(email: string): Promise<void> {
    if (checkEmail(email, []) || !(await this.withinBudget(email))) return;
    const [user] = await this.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000);
    await this.db.transaction(async (tx) => {
      // One request per account at a time, so exactly the newest link stays valid.
      await tx.execute(lockKey(`password-reset:${user.id}`));
      await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
      await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt });
      await enqueue(tx, NotificationEvents.PASSWORD_RESET, {
        userId: user.id,
        at: now.toISOString(),
        resetUrl: resetLink(this.options.storefrontUrl, token),
        expiresAt: expiresAt.toISOString(),
      });
    });
    this.logger.info({ userId: user.id }, 'password reset link issued');
    this.options.relay?.wake();
  }

  /** Whether this email may cause another reset email now (its hourly budget). */
  private async withinBudget(email: string): Promise<boolean> {
    try {
      await this.perEmail.consume(hashToken(email));
      return true;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return false;
    }
  }
}

/** The storefront's reset page with the token: what the email links to. */
export function resetLink(storefrontUrl: string, token: string): string {
  // Relative to the base, so a storefront under a path (https://example.com/shop) keeps it.
  const url = new URL(RESET_PAGE_PATH.slice(1), storefrontUrl.endsWith('/') ? storefrontUrl : `${storefrontUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}
