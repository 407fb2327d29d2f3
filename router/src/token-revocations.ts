import { ACCESS_TOKEN_TTL_SECONDS, KeysUnavailableError, type Logger } from '@zero/service';
import type { AuthSubgraph } from './auth-subgraph';

/**
 * How far back each poll reaches before the last answer's `asOf`: a revocation stamped before `asOf` but committed
 * after it (a slow transaction) is still seen.
 */
const OVERLAP_MS = 5_000;
/** Until the first load, the least time between two attempts that requests set off (auth may still be starting). */
const UNKNOWN_RETRY_MS = 250;

/**
 * The revocations have never been loaded (the auth subgraph has not answered since the router started): whether a
 * token was signed out cannot be told yet, so the request is answered "try again shortly" (503), never let through.
 */
export class RevocationsUnknownError extends KeysUnavailableError {
  constructor() {
    super('token revocations not loaded yet');
  }
}

interface Revocation {
  /** Tokens issued (`iat`) before this instant, in milliseconds since the epoch, are refused. */
  revokedAt: number;
  /** An erased account: every token of it is refused. */
  everyToken: boolean;
}

/**
 * Access tokens revoked before their expiry, as the auth subgraph records them (`tokenRevocations`): a user who signed
 * out everywhere or whose password was changed or reset (tokens issued before then), an erased account (every
 * token). Polled every `refreshMs` — a revoked token is refused within about that long, not after up to 15 minutes —
 * and kept for one token lifetime, after which every token it covers has expired anyway. While the auth subgraph
 * cannot be reached, the revocations already seen stay in force and the poll goes on.
 *
 * Until the first answer, no token is accepted (`RevocationsUnknownError`, a 503 with `Retry-After`): a router that
 * started while auth was unreachable knows no sign-out yet, and letting tokens through would let a signed-out one
 * work for the rest of its life. Each refused request sets off an early attempt (at most one per 250 ms), so the
 * first token after auth comes up waits for no poll interval.
 *
 * Tokens are stamped to the millisecond (`iat`): a password change refuses the tokens issued before it, and not the
 * session it opens right after. A token stamped in whole seconds is compared as it is.
 */
export class TokenRevocations {
  private readonly revocations = new Map<string, Revocation>();
  private asOf: number | null = null;
  private poller: NodeJS.Timeout | null = null;
  /** Whether the last poll failed: a failing auth subgraph is logged once, not once a poll. */
  private failing = false;
  private polling = false;
  private lastAttempt = 0;
  /** The readiness checks' load in progress, shared by concurrent probes. */
  private loading: Promise<void> | null = null;

  constructor(
    private readonly auth: AuthSubgraph,
    private readonly logger: Logger,
    private readonly refreshMs: number,
  ) {}

  /** Loads the revocations of the last token lifetime, then keeps polling. */
  async start(): Promise<void> {
    this.poller = setInterval(() => void this.poll(), this.refreshMs);
    this.poller.unref();
    this.lastAttempt = Date.now();
    try {
      await this.refresh();
    } catch (error) {
      this.failing = true; // the caller says so once (auth is usually still starting); the polls say when it answers
      throw error;
    }
  }

  private async poll(): Promise<void> {
    if (this.polling) return; // the last poll is still waiting for a slow auth subgraph
    this.polling = true;
    this.lastAttempt = Date.now();
    try {
      await this.refresh();
      if (this.failing) this.logger.info('token revocations loaded');
      this.failing = false;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!this.failing) this.logger.warn({ reason }, 'could not refresh token revocations; those seen stay in force, retrying every poll');
      this.failing = true;
    } finally {
      this.polling = false;
    }
  }

  /**
   * For the router's readiness: resolves once the revocations have been loaded (trying now if they never were), and
   * rejects while the auth subgraph has not answered once.
   */
  async ensureLoaded(): Promise<void> {
    if (this.asOf !== null) return;
    this.lastAttempt = Date.now();
    this.loading ??= this.refresh().finally(() => (this.loading = null));
    await this.loading;
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
  }

  /**
   * Whether a token of `userId` issued at `issuedAt` (seconds since the epoch) was revoked; throws
   * `RevocationsUnknownError` until the revocations have been loaded once.
   */
  revoked(userId: string, issuedAt: number | undefined): boolean {
    if (this.asOf === null) {
      if (Date.now() - this.lastAttempt >= UNKNOWN_RETRY_MS) void this.poll();
      throw new RevocationsUnknownError();
    }
    const revocation = this.revocations.get(userId);
    if (!revocation) return false;
    return revocation.everyToken || (issuedAt ?? 0) * 1000 < revocation.revokedAt;
  }

  private async refresh(): Promise<void> {
    const since = new Date((this.asOf ?? Date.now() - ACCESS_TOKEN_TTL_SECONDS * 1000) - OVERLAP_MS);
    const { tokenRevocations } = await this.auth.request<{
      tokenRevocations: { asOf: string; revocations: Array<{ userId: string; revokedAt: string; everyToken: boolean }> };
    }>('query TokenRevocations($since: DateTime!) { tokenRevocations(since: $since) { asOf revocations { userId revokedAt everyToken } } }', { since: since.toISOString() });
    for (const { userId, revokedAt, everyToken } of tokenRevocations.revocations) {
      const known = this.revocations.get(userId);
      this.revocations.set(userId, {
        revokedAt: Math.max(Date.parse(revokedAt), known?.revokedAt ?? 0),
        everyToken: everyToken || (known?.everyToken ?? false),
      });
    }
    this.asOf = Date.parse(tokenRevocations.asOf);
    // A revocation older than a token's lifetime covers only expired tokens.
    const expired = Date.now() - ACCESS_TOKEN_TTL_SECONDS * 1000 - OVERLAP_MS;
    for (const [userId, revocation] of this.revocations) if (revocation.revokedAt < expired) this.revocations.delete(userId);
  }
}
