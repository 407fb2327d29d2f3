import { InternalCredentials, INTERNAL_HEADER, type Database } from '@zero/service';
import type { GraphQLResponse, Platform, RunningTestSubgraph } from './platform';

function subgraph(platform: Platform, name: string): RunningTestSubgraph {
  const running = platform.subgraphs[name];
  if (!running) throw new Error(`the ${name} subgraph is not running in this platform`);
  return running;
}

/** A subgraph's database, for tests that look behind the API. */
export function databaseOf(platform: Platform, name: string): Database {
  return subgraph(platform, name).deps.db;
}

/** Runs raw SQL on a subgraph's database and returns the rows (either driver). */
export async function sqlRows<T extends Record<string, unknown> = Record<string, unknown>>(platform: Platform, name: string, query: Parameters<Database['execute']>[0]): Promise<T[]> {
  const result = (await databaseOf(platform, name).execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A service object a subgraph built at start-up (`services` of its app.ts), typed by the caller. */
export function serviceOf<T>(platform: Platform, name: string, service: string): T {
  const found = subgraph(platform, name).services[service];
  if (!found) throw new Error(`the ${name} subgraph has no service ${service}`);
  return found as T;
}

/** Number of SQL statements a subgraph has executed so far (compare before and after a request). */
export async function statementCount(platform: Platform, name: string): Promise<number> {
  const metric = await subgraph(platform, name).deps.metrics.dbQueries.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/** How many operations of the given name a subgraph has answered so far (e.g. another service's batched calls). */
export async function operationCount(platform: Platform, name: string, operation: string): Promise<number> {
  const { values } = await subgraph(platform, name).deps.metrics.graphqlOperations.get();
  return values.filter((v) => v.labels.operation === operation).reduce((sum, v) => sum + v.value, 0);
}

/** Calls a subgraph directly, as another service would (issuer `service:orders` unless given), bypassing the router. */
export async function asService<T = any>(
  platform: Platform,
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
  issuer = 'service:orders',
): Promise<Omit<GraphQLResponse<T>, 'status'>> {
  const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer, viewer: null, ip: null });
  const res = await fetch(`${subgraph(platform, name).url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: credential },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
}
