// @ts-check
/**
 * What Lighthouse's simulated LCP is made of, for one page: runs Lighthouse once (mobile emulation, simulated
 * throttling, Debian's Chromium as in scripts/lighthouse.mjs) and prints the LCP, the observed paint it was cut at,
 * and every request and main-thread task of Lantern's optimistic and pessimistic LCP graphs with its simulated start
 * and end. A script in that list is one the largest paint waited for, in Lighthouse's eyes.
 *
 *   node scripts/lantern-graph.mjs http://127.0.0.1:3200/      # a storefront already running (e.g. e2e/serve.ts)
 *
 * Plain JavaScript for the same reason as scripts/lighthouse.mjs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as Lantern from '@paulirish/trace_engine/models/trace/lantern/lantern.js';

/** @param {string} url */
async function printGraph(url) {
  process.env.LANTERN_DEBUG = '1';
  const artifacts = mkdtempSync(path.join(tmpdir(), 'lantern-'));
  const flags = { output: /** @type {'json'} */ ('json'), logLevel: /** @type {'error'} */ ('error'), onlyCategories: ['performance'] };
  try {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking'],
    });
    try {
      await lighthouse(url, { ...flags, port: chrome.port, gatherMode: artifacts });
    } finally {
      await chrome.kill();
    }
    const result = await lighthouse(url, { ...flags, auditMode: artifacts });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { audits } = result.lhr;
    const metrics = /** @type {any} */ (audits.metrics.details)?.items?.[0] ?? {};
    console.log(`LCP ${Math.round(audits['largest-contentful-paint'].numericValue ?? NaN)} ms (observed paint at ${metrics.observedLargestContentfulPaint} ms)`);
    for (const [label, timings] of Lantern.Simulation.Simulator.allNodeTimings) {
      if (!/LargestContentfulPaint$/.test(label)) continue;
      console.log(`\n${label}`);
      const nodes = [...timings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
      for (const [node, timing] of nodes) {
        const what =
          node.type === 'network'
            ? `${node.request.resourceType} ${node.request.url} (${node.request.transferSize} B, ${node.request.priority})`
            : `main thread, ${(node.duration / 1000).toFixed(1)} ms observed`;
        console.log(`  ${Math.round(timing.startTime)}–${Math.round(timing.endTime)} ms  ${what}`);
      }
    }
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}

const url = process.argv[2];
if (!url || !URL.canParse(url)) {
  console.error('usage: node scripts/lantern-graph.mjs <url of a running storefront page>');
  process.exitCode = 2;
} else {
  await printGraph(url);
}
