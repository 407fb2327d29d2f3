import { createLocalJWKSet, createRemoteJWKSet, jwksCache, jwtVerify, errors as joseErrors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_TTL_SECONDS, type Role, type Viewer } from './identity';

/** The token is not one the auth subgraph issued, or no longer valid: the caller is told so (401). */
export class InvalidTokenError extends Error {}

/** The keys could not be had right now (the auth subgraph's JWKS unreachable, slow or malformed): try again. */
export class KeysUnavailableError extends Error {}

/** What a verified access token says. */
export interface VerifiedToken {
  viewer: Viewer;
  /** `iat`, in seconds (fractional: auth stamps milliseconds). */
  issuedAt: number;
}

export interface AccessTokenOptions {
  /** Seconds a token is still accepted after its `exp`, for clocks that differ and requests already under way. */
  clockToleranceSeconds?: number;
  /** How many verified tokens are remembered (until their expiry), so a token is checked once, not per request. */
  maxRemembered?: number;
  /**
   * A token whose `kid` the keys do not hold means these keys are behind, not that the token is forged: true where
   * every token comes from a caller that verified it already (a subgraph, behind the router), so a key rotation
   * is "try again" (503) there, never a sign-out (401).
   */
  unknownKeyIsStale?: boolean;
}

/** After a failed fetch of the JWKS, how long the last good keys serve without asking again. */
const KEYS_RETRY_MS = 30_000;
/**
 * The least time between two fetches that tokens naming an unknown `kid` set off (a rotation, or a forgery): short, so
 * a new key is learnt at its first token and a forged `kid` is judged against keys at most this old.
 */
const UNKNOWN_KID_REFETCH_MS = 1_000;

/**
 * Verifies the access tokens the auth subgraph issues (API.md: ES256 or RS256, claims `sub`, `roles`, `jti`, `exp`,
 * issuer `zero-auth`, audience `zero-api`) with its public keys alone — the JWKS at `/.well-known/jwks.json`,
 * fetched once, again after 10 minutes, and again when a token names an unknown `kid` (key rotation; at most once a
 * second: a `kid` still unknown then is a forgery's). Only asymmetric algorithms are accepted: `none` and HMAC tokens, including one "signed" with a public key as
 * its secret, are refused, and so is a token that claims to live longer than auth issues them for (15 minutes from
 * its `iat`), whoever signed it.
 *
 * The router verifies every client's token with it (router/src/authentication.ts), and every subgraph verifies the
 * token the router forwards with the request (subgraph.ts): a subgraph learns who the viewer is from the token the
 * user holds, never from the router's word alone.
 *
 * When the JWKS cannot be fetched (auth down, slow, or answering something else), the keys last fetched keep
 * serving, and for 30 s no new fetch is tried: an auth outage leaves known keys working rather than failing every
 * signed-in request, and never makes each new token wait out a timeout. With no keys at all, or for a token of a key
 * not among those at hand meanwhile, verification fails with {@link KeysUnavailableError} ("try again"), not as
 * invalid.
 *
 * A token that verified is remembered until it expires (bounded; the oldest go first), so a shopper's requests pay
 * one ECDSA verification per token, not one per request. The signature of a given token cannot change; what can —
 * its revocation — is the router's to check (router/src/token-revocations.ts).
 */
export class AccessTokens {
  private readonly remembered = new Map<string, { verified: VerifiedToken; expiresAt: number }>();
  private readonly clockToleranceSeconds: number;
  private readonly maxRemembered: number;
  private readonly unknownKeyIsStale: boolean;

  constructor(
    /** The public keys: {@link AccessTokens.remote} for a JWKS URL, {@link AccessTokens.local} for keys at hand. */
    private readonly keys: JWTVerifyGetKey,
    options: AccessTokenOptions = {},
  ) {
    this.clockToleranceSeconds = options.clockToleranceSeconds ?? 0;
    this.maxRemembered = options.maxRemembered ?? 10_000;
    this.unknownKeyIsStale = options.unknownKeyIsStale ?? false;
  }

  /**
   * Keys from a JWKS URL (see the class). The URL may be a function, asked on every verification that needs keys
   * (the test harness learns the auth subgraph's address only once everything listens).
   */
  static remote(url: string | (() => string), timeoutMs: number, options?: AccessTokenOptions): AccessTokens {
    let current: { url: string; keys: JWTVerifyGetKey; cache: { jwks?: JSONWebKeySet; uat?: number } } | null = null;
    let fallback: { jwks: JSONWebKeySet; keys: JWTVerifyGetKey } | null = null;
    let failedAt = -Infinity;
    /** The keys jose fetched last (it writes each good answer into `cache`), as a local set. */
    const lastGood = (): JWTVerifyGetKey | null => {
      const jwks = current?.cache.jwks;
      if (!jwks) return null;
      if (fallback?.jwks !== jwks) fallback = { jwks, keys: createLocalJWKSet(jwks) };
      return fallback.keys;
    };
    const keys: JWTVerifyGetKey = async (header, token) => {
      const now = typeof url === 'string' ? url : url();
      if (current?.url !== now) {
        const cache = {};
        const options = { cacheMaxAge: 10 * 60_000, cooldownDuration: UNKNOWN_KID_REFETCH_MS, timeoutDuration: timeoutMs, [jwksCache]: cache as never };
        current = { url: now, keys: createRemoteJWKSet(new URL(now), options), cache };
        failedAt = -Infinity;
      }
      const known = lastGood();
      // While auth cannot be asked, a token of a key not among those at hand may be a rotation's: "try again", not
      // "invalid" (which would sign its holder out).
      const withKnown = async () => {
        try {
          return await known!(header, token);
        } catch (error) {
          if (error instanceof joseErrors.JWKSNoMatchingKey) throw new KeysUnavailableError('The token names a key not among those at hand, and the keys cannot be fetched now', { cause: error });
          throw error;
        }
      };
      if (known && Date.now() - failedAt < KEYS_RETRY_MS) return withKnown();
      try {
        return await current.keys(header, token);
      } catch (error) {
        if (!keysFailed(error)) throw error;
        failedAt = Date.now();
        if (known) return withKnown();
        throw error;
      }
    };
    return new AccessTokens(keys, options);
  }

  /** Keys at hand (the auth subgraph's own public keys). */
  static local(jwks: JSONWebKeySet, options?: AccessTokenOptions): AccessTokens {
    return new AccessTokens(createLocalJWKSet(jwks), options);
  }

  /** Verifies a bare token; throws {@link InvalidTokenError} or {@link KeysUnavailableError}. */
  async verify(token: string): Promise<VerifiedToken> {
    const now = Date.now();
    const known = this.remembered.get(token);
    if (known) {
      if (now <= known.expiresAt + this.clockToleranceSeconds * 1000) return known.verified;
      this.remembered.delete(token);
      throw new InvalidTokenError('The access token has expired');
    }
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['ES256', 'RS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'jti', 'iat'],
        clockTolerance: this.clockToleranceSeconds,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('The access token has expired');
      if (keysFailed(error) || (this.unknownKeyIsStale && error instanceof joseErrors.JWKSNoMatchingKey)) {
        throw new KeysUnavailableError('The signing keys could not be loaded', { cause: error });
      }
      throw new InvalidTokenError('The access token is invalid');
    }
    // Auth issues tokens for 15 minutes: one that says it lives longer was not made by auth (a leaked key's forgery).
    if (payload.exp! - payload.iat! > ACCESS_TOKEN_TTL_SECONDS + 1) throw new InvalidTokenError('The access token is invalid');
    const roles = Array.isArray(payload.roles) ? (payload.roles as unknown[]).filter((r): r is Role => r === 'CUSTOMER' || r === 'ADMIN') : [];
    const verified: VerifiedToken = { viewer: { id: payload.sub!, roles }, issuedAt: payload.iat! };
    if (this.remembered.size >= this.maxRemembered) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(token, { verified, expiresAt: payload.exp! * 1000 });
    return verified;
  }

  /**
   * Verifies an `Authorization` header value: null when there is none; throws {@link InvalidTokenError} when it is
   * not `Bearer <token>` or the token does not verify.
   */
  async fromHeader(header: string | undefined): Promise<(VerifiedToken & { token: string }) | null> {
    if (header === undefined || header === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new InvalidTokenError('The Authorization header must be "Bearer <access token>"');
    return { ...(await this.verify(match[1]!)), token: match[1]! };
  }
}

/**
 * Whether the keys themselves could not be had — a timeout, an error status or a body that is no key set (jose's
 * bare `JOSEError`), no answer at all (not a JOSE error) — rather than the token being wrong.
 */
function keysFailed(error: unknown): boolean {
  if (!(error instanceof joseErrors.JOSEError)) return true;
  return error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || error.code === 'ERR_JOSE_GENERIC';
}
