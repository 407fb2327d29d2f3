import { createPublicKey } from 'node:crypto';
import { decodeProtectedHeader, exportPKCS8, generateKeyPair, type KeyLike } from 'jose';
import { STRONG_PASSWORD, registerShopper, startPlatform, type Platform } from '@zero/testing';
import { SigningKeys } from '../src/services/signing-keys';

/**
 * Rotating `JWT_PRIVATE_KEY` without signing anyone out: the new key's public half is published first
 * (`JWT_VERIFICATION_KEYS`), then the new key signs and the old one's public half stays published until the tokens it
 * signed have expired (README, "Rotating the signing key"). A verifier fetching the JWKS again for a key id it does
 * not know is access-tokens.test.ts's.
 */

const pem = async (key: KeyLike) => exportPKCS8(key);
const spki = (privatePem: string) => createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
const ME = '{ me { id email profile { firstName } } }';

describe('SigningKeys.fromPem', () => {
  test('publishes the signing key and the verification keys, each once, by thumbprint; signs with the first only', async () => {
    const [a, b] = await Promise.all([generateKeyPair('ES256', { extractable: true }), generateKeyPair('ES256', { extractable: true })]);
    const [aPem, bPem] = await Promise.all([pem(a.privateKey), pem(b.privateKey)]);
    const alone = await SigningKeys.fromPem(aPem);
    const rotating = await SigningKeys.fromPem(bPem, `${spki(aPem)}\n${spki(aPem)}${spki(bPem)}`);
    const aKid = alone.jwks().keys[0]!.kid;
    expect(rotating.jwks().keys.map((k) => k.kid)).toEqual([expect.any(String), aKid]);
    expect(rotating.jwks().keys.every((k) => !('d' in k))).toBe(true); // public halves only
    const { token } = await rotating.signAccessToken('00000000-0000-4000-8000-000000000001', ['CUSTOMER']);
    expect(decodeProtectedHeader(token).kid).toBe(rotating.jwks().keys[0]!.kid);
  });

  test('refuses verification keys that are not P-256 public keys in PEM', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const signing = await pem(privateKey);
    await expect(SigningKeys.fromPem(signing, 'not a key')).rejects.toThrow(/SPKI PEM/);
    await expect(SigningKeys.fromPem(signing, spki(await pem(rsa.privateKey)))).rejects.toThrow(/P-256/);
  });
});

describe('a rotation through the router', () => {
  let platform: Platform;
  let oldPem: string;
  let newPem: string;
  beforeAll(async () => {
    [oldPem, newPem] = await Promise.all([
      generateKeyPair('ES256', { extractable: true }).then((k) => pem(k.privateKey)),
      generateKeyPair('ES256', { extractable: true }).then((k) => pem(k.privateKey)),
    ]);
    // Step 1 done: the old key signs, the new key's public half is published beside it.
    platform = await startPlatform({ durable: ['auth'], env: { JWT_PRIVATE_KEY: oldPem, JWT_VERIFICATION_KEYS: spki(newPem) } });
  });
  afterAll(() => platform?.stop());

  test('tokens the old key signed keep working beside the new key’s, at the router and at every subgraph', async () => {
    const shopper = await registerShopper(platform);
    const before = await platform.request(ME, {}, { token: shopper.token });
    expect(before.errors).toBeUndefined();

    // Step 2: auth restarts signing with the new key and publishing the old one's public half.
    await platform.stopSubgraph('auth');
    platform.env.JWT_PRIVATE_KEY = newPem;
    platform.env.JWT_VERIFICATION_KEYS = spki(oldPem);
    await platform.startSubgraph('auth');

    const login = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }', {
      input: { email: shopper.email, password: STRONG_PASSWORD },
    });
    const fresh = login.data.login.session.accessToken as string;
    expect(decodeProtectedHeader(fresh).kid).not.toBe(decodeProtectedHeader(shopper.token).kid);

    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', platform.subgraphs.auth!.url))).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([decodeProtectedHeader(fresh).kid, decodeProtectedHeader(shopper.token).kid]);

    // Both tokens name the shopper everywhere at once — the router, auth (me), users (profile) — without a retry:
    // every verifier had the new key since step 1.
    const answer = await platform.request(ME, {}, { token: fresh });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.me).toMatchObject({ id: shopper.userId, email: shopper.email });
    const old = await platform.request(ME, {}, { token: shopper.token });
    expect(old.errors).toBeUndefined();
    expect(old.data.me).toMatchObject({ id: shopper.userId, email: shopper.email });
  });
});
