import type { ApolloServerPlugin } from '@apollo/server';

/** What the Explorer opens with on a first visit (later visits restore the developer's own tabs). */
export const DEFAULT_QUERY = `# Project Zero's public API. Docs and a query builder: the
# icons on the left. Signed-in operations need a header (below):
#   { "Authorization": "Bearer <accessToken from login>" }
query Products {
  products(first: 5) {
    totalCount
    edges {
      node {
        name
        slug
        inStock
        priceRange {
          min { amount currency }
          max { amount currency }
        }
      }
    }
  }
}
`;

/**
 * The Explorer served at `GET /` (redirected to `GET /graphql` from a browser) in development: GraphiQL with docs and
 * a query builder. Every asset (scripts, styles, fonts, editor workers) is inlined into the one page by
 * `@graphql-yoga/render-graphiql`, so the page works offline and fetches nothing but `/graphql` itself.
 */
export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Imported here, not at the top: the page is ~10 MB of inlined assets that production never needs.
      const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
      const html = renderGraphiQL({
        title: 'Project Zero — Explorer',
        endpoint: '/graphql',
        defaultQuery: DEFAULT_QUERY,
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'headers',
        // A pasted bearer token stays in the tab rather than in localStorage.
        shouldPersistHeaders: false,
      });
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
