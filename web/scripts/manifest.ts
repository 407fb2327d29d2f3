/**
 * Writes the storefront's persisted query manifest (Apollo's format) from what codegen generated
 * (lib/gql/persisted-documents.json): every operation the storefront can send, by its sha256 id. Publish it as
 * the router's public list — enforced in safelist mode in production — with
 *   npm run operations:publish -- --manifest web/persisted-query-manifest.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

const WEB = path.resolve(__dirname, '..');
const documents = JSON.parse(fs.readFileSync(path.join(WEB, 'lib/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const operations = Object.entries(documents)
  .map(([id, body]) => {
    const op = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return { id, name: op.name!.value, type: op.operation, body };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
const file = path.join(WEB, 'persisted-query-manifest.json');
fs.writeFileSync(file, `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`);
console.log(`${path.relative(process.cwd(), file)}: ${operations.length} operations`);
