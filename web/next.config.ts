import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.join(__dirname, '..');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The workspace's packages are hoisted to the repository root.
  turbopack: { root },
  outputFileTracingRoot: root,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};
export default nextConfig;
