/**
 * One Jest run for the whole workspace: unit tests beside the code (`src/…/*.test.ts`) and integration tests in
 * each package's `test/` folder, which boot the real router and subgraphs. TypeScript is compiled by SWC (types are
 * checked separately by `npm run typecheck`).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/router', '<rootDir>/scripts'],
  testMatch: ['**/?(*.)test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  testTimeout: 60_000,
  maxWorkers: 2,
};
