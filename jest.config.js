/**
 * One Jest run for the whole workspace: unit tests beside the code (`src/…/*.test.ts`) and integration tests in
 * each package's `test/` folder, which boot the real router and subgraphs. TypeScript is compiled by SWC (types are
 * checked separately by `npm run typecheck`).
 *
 * Timeouts scale with the machine: `TEST_TIMEOUT_FACTOR` when set, else measured here — how much longer than its
 * CPU time a short busy loop takes on the wall clock (1 on an idle machine, about 8 beside 16 busy processes on two
 * cores). The workers inherit the factor, and the harness scales its waits (`eventually`) by it too.
 */
const os = require('node:os');

function measuredSlowdown() {
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  let x = 0;
  while (Number(process.hrtime.bigint() - wallStart) < 300e6) x += Math.sqrt(x + 1);
  const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const byClock = wallMs / Math.max(cpuMs, 1);
  // Processes waiting for a CPU beyond the cores there are, a minute's average: catches load the probe missed.
  const byLoad = os.loadavg()[0] / os.cpus().length;
  return Math.min(Math.max(byClock, byLoad, 1), 20);
}

if (!process.env.TEST_TIMEOUT_FACTOR) process.env.TEST_TIMEOUT_FACTOR = measuredSlowdown().toFixed(1);
const factor = Number(process.env.TEST_TIMEOUT_FACTOR) || 1;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/router', '<rootDir>/scripts', '<rootDir>/web'],
  // web/: the storefront server's unit test; its pages are tested in the browser (`npm run test:e2e`).
  testPathIgnorePatterns: ['/node_modules/', '/\\.next/', '/web/e2e/'],
  modulePathIgnorePatterns: ['<rootDir>/web/\\.next/'],
  testMatch: ['**/?(*.)test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // Tests and hooks (a platform's boot in beforeAll) alike.
  // Two jest workers boot whole platforms side by side: even a machine measured idle gets twice the base.
  testTimeout: Math.round(60_000 * Math.max(factor, 2)),
  maxWorkers: 2,
  // Each integration file boots a whole platform (seven embedded databases); a worker that has grown past this after a
  // file is replaced rather than reused, so memory does not pile up across files (seen: one worker at 9.6 GB, killed
  // by the kernel while another suite ran beside it).
  workerIdleMemoryLimit: '2GB',
};
