import { startSubgraph, type Database, type Env, type StartOptions, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { ProfilePrivacy } from './services/privacy';
import { ProfileService } from './services/profile-service';
import type { Context } from './context';

export const usersSubgraph: SubgraphDefinition<typeof tables, {}, { profiles: ProfileService; privacy: ProfilePrivacy; db: Database<typeof tables> }, Context> = {
  name: 'users',
  defaultPort: 8002,
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ db }) {
    return { services: { profiles: new ProfileService(db), privacy: new ProfilePrivacy(db), db } };
  },
  context: (base, { profiles, privacy, db }) => ({ ...base, profiles, privacy, loaders: createLoaders(db) }),
};

/** Starts the users subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(usersSubgraph, environment, options);
}
