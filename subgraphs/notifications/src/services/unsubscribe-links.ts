import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-click unsubscribe links that work without signing in: the token names the user and is signed (HMAC-SHA256) with
 * a secret of the notifications service, so nobody can unsubscribe someone else. A link stays valid for good — people
 * unsubscribe from old emails too — and following it twice changes nothing.
 */
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(
    secret: string,
    /** The notifications service's public base URL (its `/unsubscribe` route). */
    private readonly publicUrl: string,
  ) {
    // A key of its own, derived from the secret: an unsubscribe token is useless as any other credential.
    this.key = createHmac('sha256', secret).update('zero:unsubscribe:v1').digest();
  }

  /** The link for a user's announcement emails. */
  linkFor(userId: string): string {
    const url = new URL('unsubscribe', this.publicUrl.endsWith('/') ? this.publicUrl : `${this.publicUrl}/`);
    url.searchParams.set('token', this.tokenFor(userId));
    return url.toString();
  }

  /** `<user id>.<signature>`, both base64url. */
  tokenFor(userId: string): string {
    return `${Buffer.from(userId).toString('base64url')}.${this.sign(userId)}`;
  }

  /** The user a token names, or null when it is not one of ours. */
  verify(token: string): string | null {
    const [encoded, signature] = token.split('.');
    if (!encoded || !signature) return null;
    const userId = Buffer.from(encoded, 'base64url').toString('utf8');
    const expected = Buffer.from(this.sign(userId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
  }

  private sign(userId: string): string {
    return createHmac('sha256', this.key).update(userId).digest('base64url');
  }
}
