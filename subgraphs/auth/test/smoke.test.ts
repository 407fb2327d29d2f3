import { registerShopper, startPlatform, type Platform } from '@zero/testing';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

test('register and me', async () => {
  const shopper = await registerShopper(platform);
  const res = await platform.request('{ me { id email roles profile { firstName } preferences { locale } } }', {}, { token: shopper.token });
  expect(res.errors).toBeUndefined();
  expect(res.data.me.email).toBe(shopper.email);
});
