/** Fails when the committed generated resolver types differ from what `npm run codegen` makes of the schemas now. */
import { execFileSync } from 'node:child_process';
import { ROOT } from './lib/subgraphs';

execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: ROOT, stdio: 'inherit' });
// Whatever regeneration changed in the work tree (against what is committed or staged), or added anew.
const paths = ['--', ':(glob)**/__generated__/**'];
const changed = execFileSync('git', ['diff', '--name-only', ...paths], { cwd: ROOT, encoding: 'utf8' });
const added = execFileSync('git', ['ls-files', '--others', '--exclude-standard', ...paths], { cwd: ROOT, encoding: 'utf8' });
const stale = (changed + added).trim();
if (stale) {
  console.error(`Generated files are stale; run \`npm run codegen\` and commit:\n${stale}`);
  process.exit(1);
}
console.log('Generated resolver types are current.');
