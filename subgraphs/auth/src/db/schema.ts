import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outbox, timestampMs } from '@zero/service';

// Shared tables this subgraph uses; re-exported so drizzle-kit puts them in its migrations.
export { outbox };

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased and trimmed; unique. */
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull().default(sql`ARRAY['CUSTOMER']::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /**
     * Access tokens issued before this instant are refused (signing out everywhere, a changed or reset password): the
     * router reads these through `tokenRevocations` and stops accepting such tokens within a second or so, instead of
     * at their expiry. Null while nothing was revoked.
     */
    tokensValidAfter: timestamp('tokens_valid_after', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_tokens_valid_after_idx').on(t.tokensValidAfter).where(sql`${t.tokensValidAfter} IS NOT NULL`),
  ],
);

/**
 * Failed sign-ins per email, whether or not an account has it (the lockout, services/lockout.ts). Keyed by the
 * SHA-256 of the normalised email: no address of someone without an account is kept.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    emailHash: text('email_hash').primaryKey(),
    /** How many failures `recentFailures` holds. */
    failures: integer('failures').notNull(),
    /**
     * The latest failure (the column keeps its first name): once it is older than the window, and any lock is over,
     * retention deletes the row.
     */
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    /** When the failures of the last 15 minutes happened, oldest first: the lockout's sliding window. */
    recentFailures: timestamp('recent_failures', { withTimezone: true, mode: 'date' }).array().notNull().default(sql`'{}'::timestamptz[]`),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  },
  // The retention job finds counts whose window is over.
  (t) => [index('login_failures_window_idx').on(t.windowStart)],
);

/** Refresh tokens, stored as SHA-256 hashes. A family is every token descended from one sign-in. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Set when this token was exchanged for a new one; presenting it again is reuse. */
    rotatedAt: timestamp('rotated_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    /** The address the session was opened or renewed from, as the router saw it (for the user's data export). */
    ip: text('ip'),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
    // The retention job finds expired tokens by expiry.
    index('refresh_tokens_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Password reset tokens (services/password-reset.ts), stored as SHA-256 hashes: the token itself exists only in the
 * link sent to the account's email. Single use (`used_at`), valid 30 minutes; a newer request deletes the older ones.
 */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('password_reset_tokens_hash_key').on(t.tokenHash),
    index('password_reset_tokens_user_idx').on(t.userId),
    // The retention job finds expired tokens by expiry.
    index('password_reset_tokens_expires_idx').on(t.expiresAt),
  ],
);

/** Development signing keys, generated on first start. Production supplies its key by configuration instead. */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  privateJwk: jsonb('private_jwk').notNull(),
  publicJwk: jsonb('public_jwk').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** How the router matches a client's requests against its list (`enum OperationListMode`). */
export type OperationListMode = 'SAFELIST' | 'IDS_ONLY';

/** Partners' API clients. The key itself is never stored: only its SHA-256 hash, and a short prefix for display. */
export const apiClients = pgTable(
  'api_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    keyPrefix: text('key_prefix').notNull(),
    mode: text('mode').$type<OperationListMode>().notNull().default('SAFELIST'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    /** Written at most once a minute per client, so key lookups stay (nearly) read-only. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('api_clients_key_hash_key').on(t.keyHash),
    check('api_clients_mode_check', sql`${t.mode} IN ('SAFELIST', 'IDS_ONLY')`),
  ],
);

/** One operation of a published list, as in the Apollo persisted query manifest. */
export interface PersistedOperation {
  id: string;
  name: string | null;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/**
 * The published operation list of each API client, and the public one (traffic without a key). The public list has
 * no client, and a nullable column cannot be a primary key, so rows are keyed by `client_key`: the client's id, or
 * `public`. `client_id` repeats the id as a foreign key; the check keeps the two in step.
 */
export const operationLists = pgTable(
  'operation_lists',
  {
    clientKey: text('client_key').primaryKey(),
    clientId: uuid('client_id').references(() => apiClients.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    operations: jsonb('operations').$type<PersistedOperation[]>().notNull(),
    operationCount: integer('operation_count').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('operation_lists_client_key_check', sql`${t.clientKey} = coalesce(${t.clientId}::text, 'public')`)],
);

/** Who asked for an erasure (`enum ErasureRequester`). */
export type ErasureRequester = 'SELF' | 'ADMIN';

/**
 * Account erasures (`deleteMyAccount`, `eraseUser`): the privacy audit log. Ids and times only — never an email or a
 * name — so the log itself holds nothing about the person once their account is gone.
 */
export const erasures = pgTable(
  'erasures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The erased account's id (the account row itself is deleted). */
    userId: uuid('user_id').notNull(),
    requestedBy: text('requested_by').$type<ErasureRequester>().notNull(),
    /** The admin who asked (`eraseUser`); null when the user did. */
    adminId: uuid('admin_id'),
    requestedAt: timestampMs('requested_at').notNull().defaultNow(), // a keyset cursor's: milliseconds
    /** Set when the last subgraph acknowledged its part. */
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    /**
     * When the erased account was created: the `createdAt` of the placeholder `User` that records kept for accounting
     * (an order's `customer`) still resolve to. Null for erasures recorded before it was kept.
     */
    accountCreatedAt: timestamp('account_created_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('erasures_requested_idx').on(t.requestedAt, t.id),
    index('erasures_user_idx').on(t.userId),
    index('erasures_pending_idx').on(t.requestedAt, t.id).where(sql`${t.completedAt} IS NULL`),
    check('erasures_requested_by_check', sql`${t.requestedBy} IN ('SELF', 'ADMIN')`),
  ],
);

/** An erasure's progress in one subgraph: asked `attempts` times, done at `completed_at`. */
export const erasureSteps = pgTable(
  'erasure_steps',
  {
    erasureId: uuid('erasure_id').notNull().references(() => erasures.id, { onDelete: 'cascade' }),
    subgraph: text('subgraph').notNull(),
    /** The step's place in the erasure's list (the order of `ERASURE_SUBGRAPHS`). */
    position: integer('position').notNull(),
    attempts: integer('attempts').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    /** Why the last attempt failed (an unreachable subgraph, say); cleared when done. */
    lastError: text('last_error'),
  },
  (t) => [primaryKey({ columns: [t.erasureId, t.subgraph] })],
);

export const tables = { users, loginFailures, refreshTokens, passwordResetTokens, signingKeys, apiClients, operationLists, erasures, erasureSteps, outbox };
export type UserRow = typeof users.$inferSelect;
export type ApiClientRow = typeof apiClients.$inferSelect;
export type ErasureRow = typeof erasures.$inferSelect;
export type ErasureStepRow = typeof erasureSteps.$inferSelect;
