import 'server-only';
import { createHash } from 'node:crypto';
import { getFragmentData } from './gql';
import { RefreshSessionMutation, SessionResultFragment } from './auth-operations';
import { execute } from './router';
import type { SessionTokens } from './session';

/** Refresh this long before the access token expires, so no request reaches the router with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

/**
 * How long the tokens a refresh produced are handed to other requests that still carry the old refresh token.
 * A page and the requests it triggers (prefetches, the cart drawer's fetch) often reach the proxy together with the
 * same cookies; auth treats a second presentation of a rotated token as theft and revokes the session (the
 * contract's reuse rule), so the storefront must present each refresh token once. Short, because anyone holding the
 * old token within this window gets the new session — the same trade-off as Okta's rotation grace period, but only
 * through this server.
 */
const SHARE_FOR_MS = 10_000;

type Outcome = { settledAt: number | null; promise: Promise<SessionTokens | null> };
const refreshes = new Map<string, Outcome>();

export function needsRefresh(expiresAt: number | null, hasAccessToken: boolean): boolean {
  return !hasAccessToken || expiresAt === null || !Number.isFinite(expiresAt) || expiresAt - Date.now() < REFRESH_MARGIN_MS;
}

/**
 * Rotates the refresh token: new tokens, or null when the session was revoked or the token spent. Concurrent and
 * closely following calls with one token share one rotation (see SHARE_FOR_MS); a failure to reach the router is not
 * remembered, so the next request tries again.
 */
export function refreshTokens(refreshToken: string, forwardedFor: string | null): Promise<SessionTokens | null> {
  const now = Date.now();
  for (const [key, outcome] of refreshes) if (outcome.settledAt !== null && now - outcome.settledAt > SHARE_FOR_MS) refreshes.delete(key);
  const key = createHash('sha256').update(refreshToken).digest('base64url');
  const known = refreshes.get(key);
  if (known) return known.promise;
  const outcome: Outcome = { settledAt: null, promise: rotate(refreshToken, forwardedFor) };
  refreshes.set(key, outcome);
  outcome.promise.then(
    () => (outcome.settledAt = Date.now()),
    () => refreshes.delete(key),
  );
  return outcome.promise;
}

async function rotate(refreshToken: string, forwardedFor: string | null): Promise<SessionTokens | null> {
  const { data } = await execute(RefreshSessionMutation, { refreshToken }, { forwardedFor });
  const result = getFragmentData(SessionResultFragment, data?.refreshSession);
  return result?.session ?? null;
}
