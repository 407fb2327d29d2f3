/**
 * `npm run build`: compiles every service (each subgraph listed in schema/supergraph.yaml, and the router) to one
 * JavaScript file, `<service>/dist/index.js`, which production runs with plain `node` — no TypeScript loader, no
 * source-map work. The workspace's own packages (`@zero/*`, TypeScript sources) are bundled in; everything from npm
 * stays an ordinary `require` of node_modules, so the bundle needs the same `npm ci` as the sources.
 *
 * Files found beside the sources at run time (a subgraph's `schema.graphql` and migrations, the router's supergraph)
 * are found as before: `__dirname` in a bundled module means the folder of its source file, not of the bundle.
 *
 * `npm start` calls `buildServices()` and rebuilds only when a source changed since the last build (the bundle's
 * inputs, their sizes and modification times are kept in `dist/build.json`).
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { listSubgraphs, ROOT } from './lib/subgraphs';

export interface ServiceEntry {
  name: string;
  /** The TypeScript entry, e.g. `subgraphs/auth/src/index.ts`. */
  source: string;
  /** The bundle, e.g. `subgraphs/auth/dist/index.js`. */
  bundle: string;
}

/**
 * Every service `npm start` and the images run, with its entry and bundle; and `npm start`'s process serving the
 * embedded databases (`databases`, not in the images: they run on PostgreSQL).
 */
export function serviceEntries(): ServiceEntry[] {
  const dirs = [...listSubgraphs().map((s) => ({ name: s.name, dir: s.dir })), { name: 'router', dir: path.join(ROOT, 'router') }];
  return [
    ...dirs.map(({ name, dir }) => ({ name, source: path.join(dir, 'src/index.ts'), bundle: path.join(dir, 'dist/index.js') })),
    { name: 'databases', source: path.join(ROOT, 'scripts/databases.ts'), bundle: path.join(ROOT, 'scripts/dist/databases.js') },
  ];
}

const OWN_RESOLUTION = Symbol('own resolution');

/**
 * Packages from npm stay external; the workspace's `@zero/*` packages and relative imports are bundled. An external
 * import is resolved at run time from the bundle's folder, not the importing source's: when the two would find
 * different copies (a workspace's own `node_modules`, e.g. router/node_modules/lru-cache), the bundle requires the
 * source's copy by its path relative to the bundle.
 */
function externalPackages(outdir: string): Plugin {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith('@zero/') || args.pluginData === OWN_RESOLUTION) return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        // Resolved as the bundle will load it: by `require` (an `import` would pick a package's `module` build, ESM
        // that Node cannot `require`). When the bundle's folder cannot resolve it at all, the bare name stays.
        const fromSource = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: 'require-call', pluginData: OWN_RESOLUTION });
        const fromBundle = await b.resolve(args.path, { resolveDir: outdir, kind: 'require-call', pluginData: OWN_RESOLUTION });
        if (fromSource.errors.length || fromBundle.errors.length || fromSource.path === fromBundle.path) return { path: args.path, external: true };
        return { path: `./${path.relative(outdir, fromSource.path).split(path.sep).join('/')}`, external: true };
      });
    },
  };
}

/** `__dirname` in a bundled source file: that file's folder, relative to the bundle so the tree can move (images). */
function sourceDirname(outdir: string): Plugin {
  return {
    name: 'source-dirname',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        let contents = await fs.promises.readFile(args.path, 'utf8');
        if (contents.includes('__dirname')) {
          const relative = path.relative(outdir, path.dirname(args.path)).split(path.sep).join('/');
          contents = contents.replace(/\b__dirname\b/g, `require('node:path').join(__dirname, ${JSON.stringify(relative)})`);
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

interface BuildRecord {
  inputs: Record<string, { size: number; mtimeMs: number }>;
}

function recordFile(entry: ServiceEntry): string {
  return path.join(path.dirname(entry.bundle), 'build.json');
}

/** Whether the bundle exists and none of its sources changed (or disappeared) since it was built. */
export function isFresh(entry: ServiceEntry): boolean {
  try {
    if (!fs.existsSync(entry.bundle)) return false;
    const record = JSON.parse(fs.readFileSync(recordFile(entry), 'utf8')) as BuildRecord;
    return Object.entries(record.inputs).every(([file, seen]) => {
      const stat = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
      return stat !== undefined && stat.size === seen.size && stat.mtimeMs === seen.mtimeMs;
    });
  } catch {
    return false;
  }
}

/** Bundles one TypeScript entry into `outfile` (CommonJS for node 20); returns the source files it was built from. */
export async function bundle(source: string, outfile: string): Promise<string[]> {
  // The folder must exist before resolving from it: in a fresh clone it did not, every package then "resolved
  // differently" from there, and the bundle required packages by path (their ESM builds), which Node refused.
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Kept beside the bundle for whoever runs `node --enable-source-maps` to debug; production does not read it.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [externalPackages(path.dirname(outfile)), sourceDirname(path.dirname(outfile))],
  });
  return Object.keys(result.metafile.inputs).map((file) => path.resolve(file));
}

/** Bundles one service and records what it was built from. */
export async function buildService(entry: ServiceEntry): Promise<void> {
  const inputs: BuildRecord['inputs'] = {};
  for (const file of await bundle(entry.source, entry.bundle)) {
    const stat = fs.statSync(file);
    inputs[path.relative(ROOT, file)] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  fs.writeFileSync(recordFile(entry), JSON.stringify({ inputs } satisfies BuildRecord));
}

/**
 * Builds the services whose bundles are missing or stale (all of them with `force`); returns the names built.
 */
export async function buildServices(options: { force?: boolean } = {}): Promise<string[]> {
  const stale = serviceEntries().filter((entry) => options.force || !isFresh(entry));
  await Promise.all(stale.map(buildService));
  return stale.map((entry) => entry.name);
}

if (require.main === module) {
  const started = Date.now();
  buildServices({ force: !process.argv.includes('--if-stale') }).then(
    (built) => console.log(`Built ${built.length ? built.join(', ') : 'nothing (every bundle is fresh)'} in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: Error) => {
      console.error(`build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
