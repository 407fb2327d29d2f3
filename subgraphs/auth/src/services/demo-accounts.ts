import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Database, Logger } from '@zero/service';
import { refreshTokens, users, type tables } from '../db/schema';
import type { AuthService } from './auth-service';
import { checkPassword } from './credentials-policy';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';
export const DEMO_SHOPPER_EMAIL = 'shopper@example.com';

/** A random password that satisfies the policy. */
export function generatePassword(): string {
  return `Zero-${randomBytes(9).toString('base64url')}-a1`;
}

/**
 * Development only: makes sure the demo admin and shopper exist with the configured passwords (`npm start` passes
 * the ones it keeps in .data/demo-accounts.json). A password not configured is generated and printed once, when its
 * account is created (docker-compose restarts keep it).
 */
export async function seedDemoAccounts(
  auth: AuthService,
  db: Database<typeof tables>,
  config: { NODE_ENV: string; DEMO_ADMIN_PASSWORD?: string | undefined; DEMO_SHOPPER_PASSWORD?: string | undefined },
  logger: Logger,
): Promise<void> {
  const accounts = [
    { email: DEMO_ADMIN_EMAIL, password: config.DEMO_ADMIN_PASSWORD, roles: ['CUSTOMER', 'ADMIN'] as const },
    { email: DEMO_SHOPPER_EMAIL, password: config.DEMO_SHOPPER_PASSWORD, roles: ['CUSTOMER'] as const },
  ];
  const existing = new Set(
    (await db.select({ email: users.email }).from(users).where(inArray(users.email, accounts.map((a) => a.email)))).map((u) => u.email),
  );
  for (const account of accounts) {
    // An empty variable (as docker-compose passes an unset one) means "generate" — for a new account only: an
    // account that exists keeps its password across restarts, and nothing is printed again.
    if (!account.password && existing.has(account.email)) continue;
    const password = account.password || generatePassword();
    const weak = checkPassword(password, ['password']);
    if (weak) throw new Error(`The demo password for ${account.email} is too weak: ${weak.message}`);
    await auth.upsertAccount(account.email, password, [...account.roles]);
    if (!account.password && config.NODE_ENV !== 'test') console.log(`demo account ${account.email} / ${password}`);
  }
  logger.info({ accounts: accounts.map((a) => a.email) }, 'demo accounts seeded');
}

/**
 * Production only: demo accounts an earlier development run left in this database cannot sign in. Their passwords
 * become the hash of a random secret nobody knows, and their sessions are revoked; the rows stay (orders may point
 * at them). Returns how many accounts were retired.
 */
export async function retireDemoAccounts(db: Database<typeof tables>, logger: Logger): Promise<number> {
  const demoEmails = [DEMO_ADMIN_EMAIL, DEMO_SHOPPER_EMAIL];
  const unknowable = await bcrypt.hash(randomBytes(32).toString('hex'), 10);
  // The access tokens issued so far are revoked too (`tokensValidAfter`, which the routers poll), not only the refresh tokens.
  const retired = await db.update(users).set({ passwordHash: unknowable, tokensValidAfter: new Date() }).where(inArray(users.email, demoEmails)).returning({ id: users.id });
  if (retired.length === 0) return 0;
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(inArray(refreshTokens.userId, retired.map((r) => r.id)), isNull(refreshTokens.revokedAt)));
  logger.warn({ accounts: demoEmails }, 'production: demo accounts from a development run can no longer sign in');
  return retired.length;
}
