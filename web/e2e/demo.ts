/** The demo accounts' passwords on the end-to-end platform (seeded by e2e/serve.ts). */
export const DEMO = { admin: 'Admin-e2e-Passw0rd', shopper: 'Shopper-e2e-Passw0rd' };
