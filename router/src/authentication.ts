import { AccessTokens, InvalidTokenError, type Viewer } from '@zero/service';
import type { TokenRevocations } from './token-revocations';

export { InvalidTokenError, KeysUnavailableError } from '@zero/service';

/** The caller a verified `Authorization` header names, and the token itself (forwarded to subgraphs). */
export interface Authenticated {
  viewer: Viewer;
  token: string;
}

/**
 * Verifies clients' access tokens against the auth subgraph's JWKS (`AccessTokens`: asymmetric algorithms only, keys
 * fetched again for an unknown `kid`), and refuses tokens revoked before their expiry (token-revocations.ts). The
 * token then travels with every subgraph call of the request, and each subgraph verifies it again (subgraph.ts).
 */
export class AccessTokenVerifier {
  private readonly tokens: AccessTokens;

  constructor(
    jwksUrl: string,
    timeoutMs = 5_000,
    private readonly revocations: Pick<TokenRevocations, 'revoked'> | null = null,
  ) {
    this.tokens = AccessTokens.remote(jwksUrl, timeoutMs);
  }

  /** The caller for an `Authorization` header value; null when absent; throws `InvalidTokenError` when invalid. */
  async authenticate(header: string | undefined): Promise<Authenticated | null> {
    const verified = await this.tokens.fromHeader(header);
    if (!verified) return null;
    if (this.revocations?.revoked(verified.viewer.id, verified.issuedAt)) throw new InvalidTokenError('The session was signed out: sign in again');
    return { viewer: verified.viewer, token: verified.token };
  }
}
