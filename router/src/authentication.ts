import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type Role, type Viewer } from '@zero/service';
import type { TokenRevocations } from './token-revocations';

export class InvalidTokenError extends Error {}

/**
 * Verifies access tokens against the auth subgraph's JWKS. Keys are cached and fetched again when a token names
 * an unknown `kid` (key rotation). Only asymmetric algorithms are accepted: `none` and HMAC tokens — including
 * one "signed" with a public key — are refused. So are tokens revoked before their expiry (token-revocations.ts).
 */
export class AccessTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    jwksUrl: string,
    timeoutMs = 5_000,
    private readonly revocations: Pick<TokenRevocations, 'revoked'> | null = null,
  ) {
    this.keys = createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000, timeoutDuration: timeoutMs });
  }

  /** Returns the viewer for an `Authorization` header value; null when absent; throws when invalid. */
  async viewerFrom(header: string | undefined): Promise<Viewer | null> {
    if (header === undefined || header === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new InvalidTokenError('The Authorization header must be "Bearer <access token>"');
    try {
      const { payload } = await jwtVerify(match[1]!, this.keys, {
        algorithms: ['ES256', 'RS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'jti'],
      });
      if (this.revocations?.revoked(payload.sub!, payload.iat)) throw new InvalidTokenError('The session was signed out: sign in again');
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => r === 'CUSTOMER' || r === 'ADMIN') : [];
      return { id: payload.sub!, roles };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('The access token has expired');
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError('The access token is invalid');
      throw error;
    }
  }
}
