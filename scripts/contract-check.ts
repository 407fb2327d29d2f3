/**
 * `npm run contract:check`: every type, field, argument and enum value that the public contract (shared/API.md, kept
 * beside this repository) names must be in the router's API schema with the same type. Names are binding: this catches
 * a rename or a changed type that composition and the breaking-change check would let through on a first version.
 *
 * CI always has the contract beside its clone, so there a missing contract fails the check (exit 1) rather than
 * letting everything pass unchecked. Only a developer's checkout without shared/ (no `CI` in the environment) gets a
 * warning and exit 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { ROOT, SUPERGRAPH_SDL } from './lib/subgraphs';

const source = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'API.md'));
if (!fs.existsSync(source)) {
  // CI=true (GitHub Actions, GitLab, .ci/run…); CI=false or 0 is a developer saying it is not CI.
  if (process.env.CI && !/^(false|0)$/i.test(process.env.CI)) {
    console.error(`contract:check: no contract at ${source}. CI must check the API against shared/API.md; failing.`);
    process.exit(1);
  }
  console.warn(`contract:check: WARNING: no contract at ${source}; NOT checked. Put shared/ beside the clone, or pass the path.`);
  process.exit(0);
}
const api: GraphQLSchema = Supergraph.build(fs.readFileSync(SUPERGRAPH_SDL, 'utf8'), { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
const md = fs.readFileSync(source, 'utf8');
// Only the sections the platform implements are checked (schema/contract-sections lists them), so a section the
// contract adds for a future issue does not fail CI before that issue is worked on.
const implemented = fs
  .readFileSync(path.join(ROOT, 'schema', 'contract-sections'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);
const sections = md.split(/^## /m).slice(1);
const checkedSections = sections.filter((section) => implemented.some((name) => section.startsWith(name)));
const unknown = implemented.filter((name) => !sections.some((section) => section.startsWith(name)));
if (unknown.length) {
  console.error(`schema/contract-sections names sections the contract does not have: ${unknown.join(', ')}`);
  process.exit(1);
}
const blocks = checkedSections.flatMap((section) => [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!));
const missing: string[] = [];
let checked = 0;
for (const block of blocks) {
  // crude parse: "type X ... { field: Type ... }" and "input X { ... }" and enums
  for (const m of block.matchAll(/(?:extend )?(type|input|enum) (\w+)[^{]*\{([^}]*)\}/g)) {
    const [, kind, name, body] = m;
    const t = api.getType(name!);
    if (!t) { missing.push(`${kind} ${name}`); continue; }
    if (kind === 'enum') {
      for (const v of body!.split(/\s+/).filter((x) => /^[A-Z_]+$/.test(x))) if (isEnumType(t) && !t.getValue(v)) missing.push(`${name}.${v}`);
      continue;
    }
    const fields = (isObjectType(t) || isInputObjectType(t)) ? t.getFields() : {};
    const text = body!.replace(/#.*$/gm, '');
    for (const f of text.matchAll(/(\w+)(\([^)]*\))?\s*:\s*([\[\]\w!]+)/g)) {
      const [, fname, args, ftype] = f;
      checked++;
      const field = (fields as any)[fname!];
      if (!field) { missing.push(`${name}.${fname}`); continue; }
      const actual = String(field.type);
      if (actual !== ftype) missing.push(`${name}.${fname}: contract ${ftype}, actual ${actual}`);
      if (args) for (const a of args.slice(1, -1).split(',')) {
        const am = /(\w+)\s*:\s*([\[\]\w!]+)/.exec(a); if (!am) continue;
        const arg = field.args?.find((x: any) => x.name === am[1]);
        if (!arg) missing.push(`${name}.${fname}(${am[1]})`); else if (String(arg.type) !== am[2]) missing.push(`${name}.${fname}(${am[1]}): contract ${am[2]}, actual ${arg.type}`);
      }
    }
  }
  // inline input comments like "# RegisterInput { email: String!, password: String!, name: String }"
  for (const m of block.matchAll(/# (\w+Input) \{([^}]*)\}/g)) {
    const t = api.getType(m[1]!);
    if (!t || !isInputObjectType(t)) { missing.push(`input ${m[1]}`); continue; }
    for (const f of m[2]!.split(',')) { const fm = /(\w+)(?:\s*:\s*([\[\]\w!]+))?/.exec(f.trim()); if (fm && !t.getFields()[fm[1]!]) missing.push(`${m[1]}.${fm[1]}`); }
  }
}
if (missing.length) {
  console.error(`The composed API schema breaks the public contract (${source}):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${checked} fields and arguments named in the contract's sections ${implemented.join(', ')} are in the API schema with the same types.`);
