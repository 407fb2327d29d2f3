import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** One subgraph as listed in `schema/supergraph.yaml`. */
export interface SubgraphEntry {
  name: string;
  port: number;
  routingUrl: string;
  schemaFile: string;
  /** The workspace folder, e.g. `subgraphs/auth`. */
  dir: string;
}

export const ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_YAML = path.join(ROOT, 'schema', 'supergraph.yaml');
export const SUPERGRAPH_SDL = path.join(ROOT, 'schema', 'supergraph.graphql');

/** Reads the list of subgraphs: the one place that names them. */
export function listSubgraphs(): SubgraphEntry[] {
  const doc = YAML.parse(fs.readFileSync(SUPERGRAPH_YAML, 'utf8')) as {
    subgraphs: Record<string, { port: number; routing_url: string; schema: { file: string } }>;
  };
  return Object.entries(doc.subgraphs).map(([name, entry]) => {
    const schemaFile = path.resolve(path.dirname(SUPERGRAPH_YAML), entry.schema.file);
    return { name, port: entry.port, routingUrl: entry.routing_url, schemaFile, dir: path.dirname(schemaFile) };
  });
}
