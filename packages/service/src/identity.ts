import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/** Roles a user can hold; mirrors `enum Role` in the auth subgraph's schema. */
export type Role = 'CUSTOMER' | 'ADMIN';

/** The signed-in user on whose behalf a request runs. */
export interface Viewer {
  id: string;
  roles: Role[];
}

/**
 * Who is calling a subgraph: the router or another service, as the internal credential proves; and the viewer — for
 * the router, the one its forwarded access token names (verified by the subgraph, subgraph.ts); for a service, the
 * one its credential names as acting for.
 */
export interface Caller {
  /** `router`, or `service:<name>` for service-to-service calls. */
  issuer: string;
  viewer: Viewer | null;
  /** The shopper's address as the router saw it, for rate limits. */
  ip: string | null;
}

/** Header that carries the internal credential from the router (or a service) to a subgraph. */
export const INTERNAL_HEADER = 'x-zero-context';
const AUDIENCE = 'zero-subgraphs';

/**
 * Subgraphs trust only requests that carry a short-lived HS256 token signed with the internal secret. The router
 * signs one saying it is the router (and the client's address), never naming a viewer — the viewer's own access
 * token travels beside it — and reuses it for a while for the same address ({@link InternalCredentials.shared});
 * services calling each other sign one with their own issuer, naming the viewer they act for where there is one.
 */
export class InternalCredentials {
  /** Imported once: jose would otherwise import a raw key into a new key object on every sign and verify. */
  private readonly key: KeyObject;
  /** Credentials handed out by {@link shared}, by caller, with when each stops being handed out. */
  private readonly reusable = new Map<string, { token: Promise<string>; until: number }>();

  constructor(
    secret: string,
    /** Validity of each credential signed (`INTERNAL_CREDENTIAL_TTL_SECONDS`). */
    private readonly ttlSeconds = 60,
    /** How many callers' credentials {@link shared} keeps at most. */
    private readonly maxReusable = 10_000,
  ) {
    this.key = createSecretKey(new TextEncoder().encode(secret));
  }

  /** Signs a credential for one outgoing request. */
  async sign(caller: Caller): Promise<string> {
    const jwt = new SignJWT({ roles: caller.viewer?.roles ?? [], ip: caller.ip ?? undefined })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(caller.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`);
    if (caller.viewer) jwt.setSubject(caller.viewer.id);
    return jwt.sign(this.key);
  }

  /**
   * A credential for `caller`, signed anew only when the last one signed for the very same caller (issuer, viewer id,
   * roles and address) has used up half of its validity: every credential handed out is valid for at least half the
   * TTL, and the router does not pay an HMAC per request. Nothing is shared between callers that differ in anything
   * the credential says. Bounded: past `maxReusable` callers the oldest entries go.
   */
  shared(caller: Caller): Promise<string> {
    const key = JSON.stringify([caller.issuer, caller.viewer?.id ?? null, caller.viewer?.roles ?? [], caller.ip]);
    const now = Date.now();
    const found = this.reusable.get(key);
    if (found && found.until > now) return found.token;
    if (found) this.reusable.delete(key);
    // Map order is insertion order, and an entry is inserted anew when renewed: the first is the oldest.
    else if (this.reusable.size >= this.maxReusable) this.reusable.delete(this.reusable.keys().next().value!);
    const token = this.sign(caller);
    this.reusable.set(key, { token, until: now + (this.ttlSeconds * 1000) / 2 });
    token.catch(() => {
      if (this.reusable.get(key)?.token === token) this.reusable.delete(key);
    });
    return token;
  }

  /** Verifies an incoming credential; returns null when it is missing, forged or expired. */
  async verify(token: string | undefined): Promise<Caller | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], audience: AUDIENCE });
      if (typeof payload.iss !== 'string') return null;
      const roles = Array.isArray(payload.roles) ? (payload.roles.filter(isRole) as Role[]) : [];
      return {
        issuer: payload.iss,
        viewer: typeof payload.sub === 'string' ? { id: payload.sub, roles } : null,
        ip: typeof payload.ip === 'string' ? payload.ip : null,
      };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}

function isRole(value: unknown): value is Role {
  return value === 'CUSTOMER' || value === 'ADMIN';
}

export function isAdmin(viewer: Viewer | null | undefined): boolean {
  return !!viewer && viewer.roles.includes('ADMIN');
}

/** `iss` and `aud` of the access tokens the auth subgraph issues and the router accepts. */
export const ACCESS_TOKEN_ISSUER = 'zero-auth';
export const ACCESS_TOKEN_AUDIENCE = 'zero-api';
/** Access tokens live 15 minutes: the auth subgraph stamps their expiry, the router keeps revocations as long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
