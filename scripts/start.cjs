/**
 * `npm start`'s entry: runs `scripts/start.ts` (the supervisor) compiled, in this process, with plain `node`.
 *
 * Why not `node --import tsx scripts/start.ts`: the TypeScript loader and its esbuild service stayed in memory for as
 * long as the platform ran (about 45 MiB of the platform's ~0.95 GiB). The supervisor is bundled with esbuild into
 * `scripts/dist/start.js` (npm packages stay `require`s of node_modules) when a source of it changed since the last
 * bundle (paths, sizes and modification times kept in `scripts/dist/start.build.json`), and esbuild's service is
 * stopped before the platform starts.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(__dirname, 'start.ts');
const BUNDLE = path.join(__dirname, 'dist', 'start.js');
const RECORD = path.join(__dirname, 'dist', 'start.build.json');

function fresh() {
  try {
    if (!fs.existsSync(BUNDLE)) return false;
    const { inputs } = JSON.parse(fs.readFileSync(RECORD, 'utf8'));
    return Object.entries(inputs).every(([file, seen]) => {
      const stat = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
      return stat !== undefined && stat.size === seen.size && stat.mtimeMs === seen.mtimeMs;
    });
  } catch {
    return false;
  }
}

/** `__dirname` in a bundled source file means that file's folder, as it did when it ran from its source. */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      let contents = await fs.promises.readFile(args.path, 'utf8');
      const relative = path.relative(path.dirname(BUNDLE), path.dirname(args.path)).split(path.sep).join('/');
      // Where it is used as a path (`path.resolve(__dirname, …)`), not where a string or a pattern mentions it.
      contents = contents.replace(/\b(path\.(?:resolve|join)\()__dirname\b/g, `$1require('node:path').join(__dirname, ${JSON.stringify(relative)})`);
      return { contents, loader: 'ts' };
    });
  },
};

async function compile() {
  const esbuild = require('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      outfile: BUNDLE,
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      // scripts/build.ts runs its command line when it is the main module; inside this bundle it never is.
      define: { 'require.main': 'undefined' },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
      plugins: [sourceDirname],
    });
    const inputs = {};
    for (const file of Object.keys(result.metafile.inputs)) {
      const stat = fs.statSync(path.resolve(ROOT, file));
      inputs[path.relative(ROOT, path.resolve(ROOT, file))] = { size: stat.size, mtimeMs: stat.mtimeMs };
    }
    fs.writeFileSync(RECORD, JSON.stringify({ inputs }));
  } finally {
    await esbuild.stop();
  }
}

(async () => {
  if (!fresh()) await compile();
  require(BUNDLE);
})().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
