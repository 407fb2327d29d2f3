/** Fails when the generated resolver types on disk differ from what `npm run codegen` makes of the schemas now. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listSubgraphs, ROOT } from './lib/subgraphs';

const files = listSubgraphs().map((s) => path.join(s.dir, 'src/__generated__/resolvers-types.ts'));
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
const before = new Map(files.map((file) => [file, read(file)]));
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: ROOT, stdio: 'inherit' });
const stale = files.filter((file) => read(file) !== before.get(file));
if (stale.length) {
  console.error(`Generated files were stale (now regenerated; commit them):\n${stale.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}`);
  process.exit(1);
}
console.log('Generated resolver types are current.');
