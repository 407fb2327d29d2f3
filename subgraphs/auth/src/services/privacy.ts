import bcrypt from 'bcrypt';
import { and, asc, desc, eq, inArray, isNull, lt, notExists, or, sql, type SQL } from 'drizzle-orm';
import {
  badInput,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  enqueue,
  ErrorCode,
  forgetOutboxEventsOf,
  handle,
  isId,
  loggableError,
  topic,
  userError,
  type Database,
  type Logger,
  type OutboxHandler,
  type TimeIdPosition,
  type OutboxRelay,
  type ServiceClient,
  type UserError,
} from '@zero/service';
import {
  erasures,
  erasureSteps,
  loginFailures,
  refreshTokens,
  users,
  type ErasureRequester,
  type ErasureRow,
  type ErasureStepRow,
  type tables,
} from '../db/schema';
import { CartDataExportDocument, EraseCartDataDocument } from '../__generated__/cart.operations';
import { EraseNotificationDataDocument, NotificationDataExportDocument } from '../__generated__/notifications.operations';
import { EraseOrderDataDocument, OpenOrderCountDocument, OrderDataExportDocument } from '../__generated__/orders.operations';
import { ErasePaymentDataDocument, PaymentDataExportDocument } from '../__generated__/payments.operations';
import { EraseProfileDataDocument, ProfileDataExportDocument } from '../__generated__/users.operations';
import { PASSWORD_MAX_BYTES } from './credentials-policy';
import { keyOf } from './lockout';

/**
 * The privacy rules of the API contract, coordinated here because auth owns the account and its password:
 *
 * - `exportMyData` asks every subgraph for its section (its internal `…DataExport` field, typed documents checked by
 *   codegen) in parallel and assembles one JSON document, a section per subgraph.
 * - An erasure (`deleteMyAccount`, `eraseUser`) is one auth transaction — the account and its sessions deleted (the
 *   email is free to register again, as a new account), the erasure recorded with one step per subgraph, and one
 *   outbox event per subgraph — after which each subgraph's `erase…Data` is called by the outbox relay, at least
 *   once, with backoff while it is down. The calls start ERASURE_DELAY_MS after the deletion, when every router
 *   refuses the account's access tokens (the erasure is one of auth's `tokenRevocations`). Each acknowledgement
 *   marks its step done; the last one completes the erasure. The erasure rows are the audit log: ids and times only.
 */

/** Every subgraph holding personal data, in the order of an erasure's steps (auth's own step is done at once). */
export const ERASURE_SUBGRAPHS = ['auth', 'users', 'cart', 'orders', 'payments', 'notifications'] as const;
export type ErasureSubgraph = (typeof ERASURE_SUBGRAPHS)[number];
type RemoteSubgraph = Exclude<ErasureSubgraph, 'auth'>;
const REMOTE_SUBGRAPHS = ERASURE_SUBGRAPHS.filter((s): s is RemoteSubgraph => s !== 'auth');

/** The outbox topic of an erasure's step in one subgraph. */
export function erasureTopic(subgraph: RemoteSubgraph) {
  return topic<{ erasureId: string; userId: string }>(`privacy.erase.${subgraph}`);
}

/** The subgraphs the coordinator calls. */
export type PrivacyPeers = Record<RemoteSubgraph, ServiceClient>;

export type ErasureView = ErasureRow & { steps: ErasureStepRow[] };
export interface ErasurePage {
  edges: Array<{ cursor: string; node: ErasureView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

type Db = Database<typeof tables>;
type ExportResult = { export: { generatedAt: Date; json: string } | null; userErrors: UserError[] };
type EraseResult = { erasure: ErasureView | null; userErrors: UserError[] };

const OPEN_ORDERS = 'OPEN_ORDERS';
const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

export class AccountPrivacy {
  constructor(
    private readonly db: Db,
    private readonly peers: PrivacyPeers,
    private readonly relay: Pick<OutboxRelay, 'wake'>,
    private readonly logger: Logger,
    private readonly options: { erasureDelayMs: number } = { erasureDelayMs: 0 },
  ) {}

  /** Everything the platform keeps about the user, a section per subgraph, gathered in parallel. */
  async exportData(userId: string): Promise<ExportResult> {
    const generatedAt = new Date();
    const remote = {
      users: () => this.peers.users.request(ProfileDataExportDocument, { userId }).then((d) => d.profileDataExport),
      cart: () => this.peers.cart.request(CartDataExportDocument, { userId }).then((d) => d.cartDataExport),
      orders: () => this.peers.orders.request(OrderDataExportDocument, { userId }).then((d) => d.orderDataExport),
      payments: () => this.peers.payments.request(PaymentDataExportDocument, { userId }).then((d) => d.paymentDataExport),
      notifications: () => this.peers.notifications.request(NotificationDataExportDocument, { userId }).then((d) => d.notificationDataExport),
    } satisfies Record<RemoteSubgraph, () => Promise<string>>;
    const [auth, ...others] = await Promise.allSettled([this.ownSection(userId), ...REMOTE_SUBGRAPHS.map((name) => remote[name]())]);
    const sections: Record<string, unknown> = {};
    const missing: string[] = [];
    if (auth.status === 'fulfilled') sections.auth = auth.value;
    else missing.push('auth');
    REMOTE_SUBGRAPHS.forEach((name, i) => {
      const outcome = others[i]!;
      if (outcome.status === 'fulfilled') sections[name] = JSON.parse(outcome.value);
      else missing.push(name);
    });
    if (missing.length) {
      this.logger.warn({ userId, missing }, 'data export incomplete: a subgraph could not be read');
      return { export: null, userErrors: [userError(SERVICE_UNAVAILABLE, `Your data could not be gathered from every part of the store (${missing.join(', ')}); try again shortly`)] };
    }
    const json = JSON.stringify({ generatedAt: generatedAt.toISOString(), userId, sections }, null, 2);
    this.logger.info({ userId }, 'data exported');
    return { export: { generatedAt, json }, userErrors: [] };
  }

  /** The signed-in user deletes their own account, after giving their password. */
  async deleteOwnAccount(userId: string, password: string): Promise<{ deleted: boolean; userErrors: UserError[] }> {
    const [user] = await this.db.select().from(users).where(eq(users.id, userId));
    const acceptable = password.length > 0 && Buffer.byteLength(password, 'utf8') <= PASSWORD_MAX_BYTES;
    if (!user || !acceptable || !(await bcrypt.compare(password, user.passwordHash))) {
      return { deleted: false, userErrors: [userError(ErrorCode.INVALID_CREDENTIALS, 'The password is incorrect', ['password'])] };
    }
    const { erasure, userErrors } = await this.erase(userId, 'SELF', null);
    return { deleted: erasure !== null, userErrors };
  }

  /** An admin erases any account. */
  async eraseUser(adminId: string, userId: string): Promise<EraseResult> {
    const notFound = { erasure: null, userErrors: [userError(ErrorCode.NOT_FOUND, 'No such account', ['id'])] };
    if (!isId(userId)) return notFound;
    const [user] = await this.db.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) return notFound;
    return this.erase(userId, 'ADMIN', adminId);
  }

  /** One erasure with its steps, or null. */
  async erasure(id: string): Promise<ErasureView | null> {
    if (!isId(id)) return null;
    const [row] = await this.db.select().from(erasures).where(eq(erasures.id, id));
    return row ? (await this.withSteps([row]))[0]! : null;
  }

  /** Erasures newest first, keyset-paginated; only those not yet complete with `pendingOnly`. */
  async list(first: number, after: string | null | undefined, pendingOnly: boolean): Promise<ErasurePage> {
    const where = pendingOnly ? isNull(erasures.completedAt) : undefined;
    const cursor = after ? decodeCursor(after) : null;
    const slice: SQL | undefined = cursor
      ? and(where, or(lt(erasures.requestedAt, cursor.at), and(eq(erasures.requestedAt, cursor.at), lt(erasures.id, cursor.id))))
      : where;
    const [rows, [count]] = await Promise.all([
      this.db.select().from(erasures).where(slice).orderBy(desc(erasures.requestedAt), desc(erasures.id)).limit(first + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(erasures).where(where),
    ]);
    const nodes = await this.withSteps(rows.slice(0, first));
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count?.n ?? 0 };
  }

  /** The outbox handlers of the erasure's steps: each asks its subgraph, then records the acknowledgement. */
  handlers(): OutboxHandler[] {
    const erase: Record<RemoteSubgraph, (vars: { userId: string; erasureId: string }, signal: AbortSignal) => Promise<unknown>> = {
      users: (v, signal) => this.peers.users.request(EraseProfileDataDocument, v, { signal }),
      cart: (v, signal) => this.peers.cart.request(EraseCartDataDocument, v, { signal }),
      orders: (v, signal) => this.peers.orders.request(EraseOrderDataDocument, v, { signal }),
      payments: (v, signal) => this.peers.payments.request(ErasePaymentDataDocument, v, { signal }),
      notifications: (v, signal) => this.peers.notifications.request(EraseNotificationDataDocument, v, { signal }),
    };
    return REMOTE_SUBGRAPHS.map((subgraph) =>
      handle(erasureTopic(subgraph), async ({ erasureId, userId }, { signal }) => {
        const step = and(eq(erasureSteps.erasureId, erasureId), eq(erasureSteps.subgraph, subgraph));
        await this.db.update(erasureSteps).set({ attempts: sql`${erasureSteps.attempts} + 1` }).where(step);
        try {
          await erase[subgraph]({ userId, erasureId }, signal);
        } catch (error) {
          const reason = String(loggableError(error instanceof Error ? error.message : String(error))).slice(0, 500);
          await this.db.update(erasureSteps).set({ lastError: reason }).where(step);
          throw error;
        }
        await this.completeStep(erasureId, subgraph);
      }),
    );
  }

  /**
   * Erases an account: checks with the orders subgraph that nothing is on its way to the user, then, in one
   * transaction, deletes the account (its sessions and reset links go with it), forgets its sign-in failures and the
   * outbox events about it, and records the erasure with one outbox event per subgraph.
   */
  private async erase(userId: string, requestedBy: ErasureRequester, adminId: string | null): Promise<EraseResult> {
    let open: number;
    try {
      ({ openOrderCount: open } = await this.peers.orders.request(OpenOrderCountDocument, { userId }));
    } catch (error) {
      this.logger.warn({ userId, err: loggableError(error) }, 'account erasure refused: the orders subgraph could not be asked');
      return { erasure: null, userErrors: [userError(SERVICE_UNAVAILABLE, 'The account cannot be deleted right now; try again shortly')] };
    }
    if (open > 0) {
      return {
        erasure: null,
        userErrors: [userError(OPEN_ORDERS, `${open} order(s) are on their way; the account can be deleted once they are delivered or cancelled`)],
      };
    }
    const erasure = await this.db.transaction(async (tx) => {
      const [user] = await tx.delete(users).where(eq(users.id, userId)).returning({ email: users.email, createdAt: users.createdAt });
      if (!user) return null;
      await tx.delete(loginFailures).where(eq(loginFailures.emailHash, keyOf(user.email)));
      await forgetOutboxEventsOf(tx, userId);
      // Stamped by this process's clock, like the other token revocations the router reads (`tokenRevocations`).
      const [row] = await tx.insert(erasures).values({ userId, requestedBy, adminId, requestedAt: new Date(), accountCreatedAt: user.createdAt }).returning();
      const now = new Date();
      await tx.insert(erasureSteps).values(
        ERASURE_SUBGRAPHS.map((subgraph, position) =>
          subgraph === 'auth' ? { erasureId: row!.id, subgraph, position, attempts: 1, completedAt: now } : { erasureId: row!.id, subgraph, position },
        ),
      );
      // Not before every router refuses the account's tokens (TokenRevocations): a write made with one meanwhile is
      // still erased.
      const notBefore = new Date(Date.now() + this.options.erasureDelayMs);
      for (const subgraph of REMOTE_SUBGRAPHS) await enqueue(tx, erasureTopic(subgraph), { erasureId: row!.id, userId }, { notBefore });
      return row!;
    });
    // A concurrent erasure deleted the account first.
    if (!erasure) return { erasure: null, userErrors: [userError(ErrorCode.NOT_FOUND, 'No such account', ['id'])] };
    this.logger.info({ erasureId: erasure.id, userId, requestedBy, adminId }, 'account erased; erasing its data in every subgraph');
    this.relay.wake();
    return { erasure: (await this.withSteps([erasure]))[0]!, userErrors: [] };
  }

  /** Marks a step done and, when it was the last one, the erasure complete. Idempotent. */
  private async completeStep(erasureId: string, subgraph: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx
        .update(erasureSteps)
        .set({ completedAt: sql`coalesce(${erasureSteps.completedAt}, now())`, lastError: null })
        .where(and(eq(erasureSteps.erasureId, erasureId), eq(erasureSteps.subgraph, subgraph)));
      const [completed] = await tx
        .update(erasures)
        .set({ completedAt: new Date() })
        .where(
          and(
            eq(erasures.id, erasureId),
            isNull(erasures.completedAt),
            notExists(tx.select({ one: sql`1` }).from(erasureSteps).where(and(eq(erasureSteps.erasureId, erasureId), isNull(erasureSteps.completedAt)))),
          ),
        )
        .returning({ id: erasures.id });
      if (completed) this.logger.info({ erasureId }, 'account erasure complete in every subgraph');
    });
  }

  /** The account and its sessions (a session is a family of refresh tokens), for the export. */
  private async ownSection(userId: string): Promise<object> {
    const [[user], tokens] = await Promise.all([
      this.db.select().from(users).where(eq(users.id, userId)),
      this.db.select().from(refreshTokens).where(eq(refreshTokens.userId, userId)).orderBy(asc(refreshTokens.createdAt)),
    ]);
    if (!user) throw new Error('the account is gone');
    const families = new Map<string, (typeof tokens)[number][]>();
    for (const token of tokens) families.set(token.familyId, [...(families.get(token.familyId) ?? []), token]);
    const sessions = [...families.values()].map((family) => {
      const first = family[0]!;
      const last = family.at(-1)!;
      return {
        startedAt: first.createdAt,
        lastRenewedAt: last.createdAt,
        expiresAt: last.expiresAt,
        revokedAt: family.find((t) => t.revokedAt)?.revokedAt ?? null,
        startedFrom: first.ip,
        lastRenewedFrom: last.ip,
      };
    });
    return { account: { id: user.id, email: user.email, name: user.name, roles: user.roles, createdAt: user.createdAt }, sessions };
  }

  /** The steps of many erasures, in one statement. */
  private async withSteps(rows: ErasureRow[]): Promise<ErasureView[]> {
    if (rows.length === 0) return [];
    const steps = await this.db
      .select()
      .from(erasureSteps)
      .where(inArray(erasureSteps.erasureId, rows.map((r) => r.id)))
      .orderBy(asc(erasureSteps.position));
    return rows.map((row) => ({ ...row, steps: steps.filter((s) => s.erasureId === row.id) }));
  }
}

function encodeCursor(row: Pick<ErasureRow, 'requestedAt' | 'id'>): string {
  return encodeTimeIdCursor(row.requestedAt, row.id);
}

function decodeCursor(cursor: string): TimeIdPosition {
  const position = decodeTimeIdCursor(cursor);
  if (!position) throw badInput('`after` is not a cursor of this list');
  return position;
}
