import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/** Roles a user can hold; mirrors `enum Role` in the auth subgraph's schema. */
export type Role = 'CUSTOMER' | 'ADMIN';

/** The signed-in user on whose behalf a request runs. */
export interface Viewer {
  id: string;
  roles: Role[];
}

/**
 * Who is calling a subgraph, as proven by the internal credential: the router (on behalf of a viewer, or of an
 * anonymous shopper) or another service.
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
 * mints one per subgraph request with the viewer's id and roles (never a bare user-id header a client could forge);
 * services calling each other mint one with their own issuer.
 */
export class InternalCredentials {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** Validity of each credential signed (`INTERNAL_CREDENTIAL_TTL_SECONDS`). */
    private readonly ttlSeconds = 60,
  ) {
    this.key = new TextEncoder().encode(secret);
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
