/** Fails when the committed generated resolver types differ from what `npm run codegen` makes of the schemas now. */
import { execFileSync } from 'node:child_process';
import { ROOT } from './lib/subgraphs';

execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: ROOT, stdio: 'inherit' });
const stale = execFileSync('git', ['status', '--porcelain', '--', ':(glob)**/__generated__/**'], { cwd: ROOT, encoding: 'utf8' }).trim();
if (stale) {
  console.error(`Generated files are stale; run \`npm run codegen\` and commit:\n${stale}`);
  process.exit(1);
}
console.log('Generated resolver types are current.');
