import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { PAGE_SIZES } from '../../../web/components/admin/paging';
import { routerEnvSchema } from '../config';
import { DemandControl } from './cost';

/**
 * Every operation the storefront and its admin console send (web/lib/gql/persisted-documents.json) must pass the
 * router's demand control as deployed by default. The tests' platform raises MAX_OPERATION_COST, so without this a
 * page could be refused in production only: the admin product list once asked for 50 products, estimated at 10,261.
 */
const ROOT = path.resolve(__dirname, '../../..');

/** A constant of a web module that cannot be imported here (React, or the web app's path aliases). */
function webConstant(file: string, name: string): number {
  const found = new RegExp(`export const ${name} = (\\d+);`).exec(fs.readFileSync(path.join(ROOT, 'web', file), 'utf8'));
  if (!found) throw new Error(`web/${file} has no ${name}`);
  return Number(found[1]);
}
const PAGE_SIZE = webConstant('components/listing/params.ts', 'PAGE_SIZE');
const INBOX_PAGE_SIZE = webConstant('components/account/notifications.tsx', 'INBOX_PAGE_SIZE');

/**
 * The largest page size each operation is sent with. An operation whose cost depends on a variable must be listed
 * here, with where the web app takes the value from.
 */
const LARGEST_VARIABLES: Record<string, Record<string, unknown>> = {
  Listing: { first: PAGE_SIZE }, // components/listing/listing.tsx: always one page of PAGE_SIZE
  ListingMore: { first: PAGE_SIZE },
  Inbox: { first: INBOX_PAGE_SIZE },
  AdminProducts: { first: PAGE_SIZES.products.most }, // components/admin/paging.ts: the most `?first=` may ask for
  AdminOrders: { first: PAGE_SIZES.orders.most },
};

const sdl = fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
const schema = Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
const defaults = routerEnvSchema.parse({});
const control = DemandControl.fromSupergraph(sdl, { defaultListSize: defaults.DEFAULT_LIST_SIZE });
const documents = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, 'web/lib/gql/persisted-documents.json'), 'utf8')) as Record<string, string>);

const operations = documents.map((body) => {
  const document = parse(body);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return { name: operation.name!.value, document, operation };
});

test('the web app has operations to check', () => {
  expect(operations.length).toBeGreaterThan(30);
  for (const name of Object.keys(LARGEST_VARIABLES)) expect(operations.map((o) => o.name)).toContain(name);
});

test.each(operations.map((o) => [o.name, o] as const))('%s fits under the default MAX_OPERATION_COST', (name, { document, operation }) => {
  const variables = LARGEST_VARIABLES[name] ?? {};
  // A page size the app chooses must be declared above, or this test would price it at the schema's default.
  const sizes = (operation.variableDefinitions ?? []).filter((v) => v.variable.name.value === 'first' || v.variable.name.value === 'last');
  for (const size of sizes) expect({ name, declared: size.variable.name.value in variables }).toEqual({ name, declared: true });
  const { cost, errors } = control.estimateWithErrors(schema, document, name, variables);
  expect(errors).toEqual([]);
  expect(cost).toBeLessThanOrEqual(defaults.MAX_OPERATION_COST);
});
