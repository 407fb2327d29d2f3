/**
 * The storefront under `npm start`: a production build of web/ served by `web/server.js` (Next's handler, plus
 * compression and first-paint-first script loading) on STOREFRONT_PORT (3000).
 * It is built on the first start and again whenever its sources changed since the last build (a fingerprint of
 * the sources is kept beside the build); the API is already up meanwhile. `STOREFRONT=false` leaves it out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const WEB = path.resolve(__dirname, '..');
const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'package.json', 'codegen.ts', '../schema/api.graphql'];
const FINGERPRINT = path.join(WEB, '.next', 'zero-source-fingerprint');

/** Paths, sizes and modification times of every source file: changes when any source does. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (entry !== 'gql' || !p.endsWith('lib')) walk(path.join(p, entry));
    } else hash.update(`${path.relative(WEB, p)}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const source of SOURCES) walk(path.join(WEB, source));
  return hash.digest('hex');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, onChild: (child: ChildProcess) => void, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: WEB, env, stdio: ['ignore', 'pipe', 'pipe'] });
    onChild(child);
    const forward = (chunk: Buffer) => chunk.toString().split('\n').filter((l) => l.trim()).forEach(log);
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export interface StorefrontOptions {
  routerPort: number;
  env: NodeJS.ProcessEnv;
  /** Registers each child process so the caller stops it on Ctrl-C. */
  onChild: (child: ChildProcess) => void;
  log: (line: string) => void;
  /** Flags for the `node` that runs the storefront's server (npm start's lean ones). */
  nodeFlags?: string[];
}

/** Builds when needed, then serves; resolves with the URL once the storefront answers. */
export async function startStorefront({ routerPort, env: base, onChild, log, nodeFlags = [] }: StorefrontOptions): Promise<string | null> {
  if (base.STOREFRONT === 'false') return null;
  const port = Number(base.STOREFRONT_PORT ?? 3000);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const env: NodeJS.ProcessEnv = {
    ...base,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ROUTER_URL: base.ROUTER_URL ?? `http://127.0.0.1:${routerPort}/graphql`,
    ZERO_PLATFORM_ENV: base.NODE_ENV ?? 'development',
  };
  const current = fingerprint();
  const built = fs.existsSync(path.join(WEB, '.next', 'BUILD_ID')) && fs.existsSync(FINGERPRINT) && fs.readFileSync(FINGERPRINT, 'utf8') === current;
  if (!built) {
    log('building the storefront (first start, or its sources changed); the API is usable meanwhile…');
    await run(npm, ['run', 'codegen'], env, onChild, log);
    await run(npm, ['run', 'build'], env, onChild, log);
    fs.writeFileSync(FINGERPRINT, fingerprint());
  }
  const server = spawn(process.execPath, [...nodeFlags, 'server.js', '--port', String(port)], {
    cwd: WEB,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onChild(server);
  server.stderr!.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter((l) => l.trim()).forEach(log));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the storefront's server exited with code ${server.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status < 500, () => false);
    if (ok) return url;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the storefront did not answer on ${url}`);
}
