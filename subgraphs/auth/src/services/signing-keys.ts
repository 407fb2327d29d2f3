import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import { desc } from 'drizzle-orm';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_TTL_SECONDS, type Database, type Role } from '@zero/service';
import { signingKeys, type tables } from '../db/schema';

const ALG = 'ES256';

/** A P-256 public key as the JWKS publishes it: ES256, for signatures, its id the JWK thumbprint. */
async function publishedJwk(publicKey: KeyObject): Promise<JWK> {
  if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('JWT_VERIFICATION_KEYS must hold P-256 (ES256) public keys');
  }
  const jwk = await exportJWK(publicKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: ALG, use: 'sig' };
}

interface ActiveKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
}

/**
 * The ES256 keys that sign access tokens. In production the private key comes from `JWT_PRIVATE_KEY` (PKCS#8
 * PEM) and nothing is stored; in development a key is generated on first start and kept in the auth database, so
 * tokens survive restarts. Only public keys leave this class, through {@link jwks}.
 */
export class SigningKeys {
  private constructor(
    private readonly active: ActiveKey,
    private readonly publicJwks: JWK[],
  ) {}

  /**
   * The key in `JWT_PRIVATE_KEY`, and the public keys in `JWT_VERIFICATION_KEYS` (PEM blocks, one after another):
   * published beside it and accepted, never used to sign — the next key before a rotation, the last one after it (see
   * the README's "Rotating the signing key"). A key's id is its JWK thumbprint, so a key keeps its id from one role to
   * the other and tokens it signed stay verifiable.
   */
  static async fromPem(pem: string, verificationPems = ''): Promise<SigningKeys> {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new Error('JWT_PRIVATE_KEY must be a P-256 (ES256) private key in PKCS#8 PEM');
    }
    const active = await publishedJwk(createPublicKey(privateKey));
    const published = new Map([[active.kid!, active]]);
    const blocks = verificationPems.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
    if (verificationPems.trim() && blocks.length === 0) {
      throw new Error('JWT_VERIFICATION_KEYS must hold P-256 public keys in SPKI PEM (-----BEGIN PUBLIC KEY-----)');
    }
    for (const block of blocks) {
      const jwk = await publishedJwk(createPublicKey(block));
      if (!published.has(jwk.kid!)) published.set(jwk.kid!, jwk);
    }
    return new SigningKeys({ kid: active.kid!, privateKey }, [...published.values()]);
  }

  /** Loads the newest stored key, generating and storing one when there is none. */
  static async fromDatabase(db: Database<typeof tables>): Promise<SigningKeys> {
    let rows = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
    if (rows.length === 0) {
      const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
      const kid = randomUUID();
      await db
        .insert(signingKeys)
        .values({ kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' } })
        .onConflictDoNothing();
      rows = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
    }
    const newest = rows[0]!;
    const privateKey = await importJWK(newest.privateJwk as JWK, ALG);
    return new SigningKeys({ kid: newest.kid, privateKey }, rows.map((row) => row.publicJwk as JWK));
  }

  /** The JSON Web Key Set served at `/.well-known/jwks.json`. */
  jwks(): { keys: JWK[] } {
    return { keys: this.publicJwks };
  }

  /**
   * Signs an access token with claims `sub`, `roles`, `jti`, `iat`, `exp`, `iss`, `aud`. `iat` and `exp` carry
   * milliseconds (a JWT NumericDate may be fractional), so a revocation at an instant (router/src/token-revocations.ts)
   * refuses exactly the tokens issued before it, and not the session a password change opens right after.
   */
  async signAccessToken(userId: string, roles: Role[], now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = now.getTime() / 1000;
    const expiresAt = new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const token = await new SignJWT({ roles })
      .setProtectedHeader({ alg: ALG, kid: this.active.kid, typ: 'JWT' })
      .setSubject(userId)
      .setJti(randomUUID())
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt.getTime() / 1000)
      .sign(this.active.privateKey);
    return { token, expiresAt };
  }
}
