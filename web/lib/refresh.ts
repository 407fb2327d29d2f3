import 'server-only';
import { getFragmentData } from './gql';
import { RefreshSessionMutation, SessionResultFragment } from './auth-operations';
import { execute } from './router';
import type { SessionTokens } from './session';

/** Refresh this long before the access token expires, so no request reaches the router with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

export function needsRefresh(expiresAt: number | null, hasAccessToken: boolean): boolean {
  return !hasAccessToken || expiresAt === null || !Number.isFinite(expiresAt) || expiresAt - Date.now() < REFRESH_MARGIN_MS;
}

/** Rotates the refresh token: new tokens, or null when the session was revoked or the token spent. */
export async function refreshTokens(refreshToken: string, forwardedFor: string | null): Promise<SessionTokens | null> {
  const { data } = await execute(RefreshSessionMutation, { refreshToken }, { forwardedFor });
  const result = getFragmentData(SessionResultFragment, data?.refreshSession);
  return result?.session ?? null;
}
