import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { startSubgraph, type Database, type Env, type SubgraphDefinition } from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { ProfileService } from './services/profile-service';
import type { Context } from './context';

export const usersSubgraph: SubgraphDefinition<typeof tables, {}, { profiles: ProfileService; db: Database<typeof tables> }, Context> = {
  name: 'users',
  defaultPort: 8002,
  tables,
  migrationsFolder: path.join(__dirname, 'db/migrations'),
  typeDefs: parse(fs.readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphDefinition<typeof tables, {}, unknown, Context>['resolvers'],
  async setup({ db }) {
    return { services: { profiles: new ProfileService(db), db } };
  },
  context: (base, { profiles, db }) => ({ ...base, profiles, loaders: createLoaders(db) }),
};

/** Starts the users subgraph with the given environment. */
export function start(environment: Env) {
  return startSubgraph(usersSubgraph, environment);
}
