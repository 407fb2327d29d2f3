import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/** The Explorer served at `GET /` (and `GET /graphql` from a browser) in development. */
export function explorerLandingPage(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageLocalDefault({ embed: true });
}
