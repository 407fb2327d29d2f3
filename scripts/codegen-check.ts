/**
 * Fails when a generated file on disk differs from what `npm run codegen` makes of the schemas and operations now —
 * or when codegen itself fails, as it does when an operation one subgraph sends another no longer matches the
 * target's schema (a field renamed or removed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import config from '../codegen';
import { ROOT } from './lib/subgraphs';

/** The storefront's typed documents (web/codegen.ts), generated from the public schema into this folder. */
const WEB_GENERATED = path.join(ROOT, 'web/lib/gql');
const webFiles = () => (fs.existsSync(WEB_GENERATED) ? fs.readdirSync(WEB_GENERATED).map((file) => path.join(WEB_GENERATED, file)) : []);
const files = [...Object.keys(config.generates).map((file) => path.resolve(ROOT, file)), ...webFiles()];
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
const before = new Map(files.map((file) => [file, read(file)]));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { cwd: path.join(ROOT, 'web'), stdio: 'pipe', encoding: 'utf8' });
} catch (error) {
  const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
  console.error(`${stdout}${stderr}`.split('\n').filter((line) => /FAILED|Error|error/.test(line)).join('\n'));
  console.error('Code generation failed: an operation no longer matches its target subgraph’s schema, or a schema is invalid (see above).');
  process.exit(1);
}
for (const file of webFiles()) if (!before.has(file)) files.push(file); // a file codegen added is stale too
const stale = files.filter((file) => read(file) !== (before.get(file) ?? null));
if (stale.length) {
  console.error(`Generated files were stale (now regenerated; commit them):\n${stale.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}`);
  process.exit(1);
}
console.log(`Generated resolver types, service operations and the storefront's typed documents are current (${files.length} files).`);
