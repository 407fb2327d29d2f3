// @ts-check
/**
 * Lighthouse (mobile emulation, Lighthouse's default simulated throttling) against the storefront's production
 * build served locally: the platform is started from scratch exactly as for the end-to-end tests (`e2e/serve.ts`:
 * every subgraph and the router in one process on fresh in-memory databases, demo catalog seeded, then
 * `next start`), and Debian's Chromium is driven headless (`CHROME_PATH`, default /usr/bin/chromium; never a
 * downloaded browser). Prints performance, accessibility, LCP, CLS and TBT for home, a listing and a product page
 * (the median of `LIGHTHOUSE_RUNS` runs, default 3, by performance score) and exits 1 when a page scores under 95
 * for performance or 100 for accessibility.
 *
 * Plain JavaScript run by plain Node on purpose: Lighthouse serialises functions into the page, and a TypeScript
 * loader (tsx/esbuild) rewrites them with helpers the page does not have (`__name is not defined`).
 *
 *   npm run web:lighthouse              # at the repository root: builds, then runs this
 *   npm run lighthouse -w @zero/web     # this alone (needs `npm run web:build` first)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** A folder to keep each page's full report in (JSON), for looking into a score. */
const OUT = process.env.LIGHTHOUSE_OUT;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking'];

/** @typedef {{ performance: number, accessibility: number, lcp: number, cls: number, tbt: number, benchmark: number }} Figures */

function startServer() {
  const server = spawn('npx', ['tsx', 'e2e/serve.ts'], {
    cwd: path.join(import.meta.dirname, '..'),
    env: { ...process.env, E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1', E2E_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so the platform and `next start` stop with it
  });
  const stop = () => {
    try {
      process.kill(-(server.pid ?? 0), 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { server, stop };
}

async function waitForServer(deadline = Date.now() + 300_000) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the storefront did not answer on ${BASE}`);
}

/** A product page: the first product of the listing, so the demo catalog's slugs are not hard-coded here. */
/** @param {string} listing */
async function productPath(listing) {
  const html = await (await fetch(`${BASE}${listing}`)).text();
  const slug = /href="(\/p\/[^"?#]+)"/.exec(html)?.[1];
  if (!slug) throw new Error(`no product link on ${listing}`);
  return slug;
}

/** Lighthouse could not measure the page at all (NO_FCP and the like: a browser starved of CPU). */
class NotMeasured extends Error {}

/** @param {string} url @returns {Promise<Figures>} */
async function audit(url) {
  // A fresh browser per run, as the Lighthouse CLI does, so that no run inherits another's state.
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  let result;
  try {
    result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  } finally {
    await chrome.kill();
  }
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `${new URL(url).pathname.replace(/\W+/g, '_').replace(/^_$/, 'home')}.json`), JSON.stringify(result.lhr));
  }
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new NotMeasured(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  const failing = Object.values(audits).filter(
    (a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') && result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
  );
  if (failing.length) console.log(`  ${url} accessibility: ${failing.map((a) => a.id).join(', ')}`);
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
    cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
    tbt: audits['total-blocking-time'].numericValue ?? NaN,
    // Lighthouse's measure of this machine's CPU at the time: the 4× slowdown assumes a fast desktop.
    benchmark: result.lhr.environment.benchmarkIndex,
  };
}

/**
 * An audit, run again (twice at most) when Lighthouse could not measure the page at all.
 * @param {string} url @returns {Promise<Figures>}
 */
async function measure(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url);
    } catch (error) {
      if (!(error instanceof NotMeasured) || attempt === 3) throw error;
      console.log(`  ${error.message.split('. ')[0]}; measuring again`);
    }
  }
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

async function main() {
  const { server, stop } = startServer();
  // Ctrl-C: stop the platform, then end by the signal itself (the default handler, exit status 130).
  process.once('SIGINT', () => {
    stop();
    process.kill(process.pid, 'SIGINT');
  });
  try {
    await Promise.race([
      waitForServer(),
      new Promise((_, reject) => server.once('exit', (code) => reject(new Error(`e2e/serve.ts exited (${code})`)))),
    ]);
    const listing = '/c/clothing';
    /** @type {[string, string][]} */
    const pages = [
      ['home', '/'],
      ['listing', listing],
      ['product', await productPath(listing)],
    ];
    // Warm Next's data cache and the catalog's images, as a visitor after the first would find them.
    for (const [, p] of pages) await fetch(`${BASE}${p}`).then((r) => r.text());

    const startLoad = load();
    /** @type {(Figures & { page: string, path: string })[]} */
    const rows = [];
    for (const [name, p] of pages) {
      await measure(`${BASE}${p}`); // warm-up run (images, fonts, compiled routes)
      /** @type {Figures[]} */
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(`${BASE}${p}`));
      runs.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
      rows.push({ page: name, path: p, ...runs[Math.floor(runs.length / 2)] });
    }

    // The machine's load average (1, 5, 15 min): simulated throttling scales what the run observed, so a busy machine
    // gives pessimistic figures (above all TBT).
    console.log(`\nLighthouse ${RUNS > 1 ? `(median of ${RUNS} runs) ` : ''}— mobile emulation, production build, ${BASE}`);
    const benchmarks = rows.map((r) => r.benchmark);
    console.log(`load average at the start ${startLoad}, at the end ${load()}; Lighthouse's CPU benchmark index ${Math.min(...benchmarks)}–${Math.max(...benchmarks)}`);
    console.log('| Page | Performance | Accessibility | LCP | CLS | TBT |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(`| ${r.page} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`);
    }
    const below = rows.filter((r) => r.performance < 95 || r.accessibility < 100);
    if (below.length) {
      console.log(`\nunder target (performance ≥ 95, accessibility 100): ${below.map((r) => r.page).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
