import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from '../protections/plugin';

/**
 * The `Cache-Control` header of every GraphQL response, from the operation's policy (the schema's `@cacheControl`
 * hints): `public, max-age=N` for an anonymous caller's query that may be kept N seconds by anyone; `private,
 * max-age=N` when the caller is signed in or a partner, or a hint says PRIVATE (the browser may keep it, a shared
 * cache may not); `no-store` for mutations, responses with errors, refusals and anything with max-age 0. A response
 * served from the router's cache carries `Age`, so downstream caches keep it only for what is left of its max-age.
 * Apollo Server's own cache control plugin is disabled in the router: this is the one place the header is set.
 */
export function cacheControlHeaderPlugin(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          const policy = contextValue.cachePolicy;
          let header = 'no-store';
          if (policy && policy.maxAge > 0 && result?.data && !result.errors?.length) {
            const shared = policy.scope === 'PUBLIC' && !contextValue.viewer && !contextValue.client.partner;
            header = `${shared ? 'public' : 'private'}, max-age=${policy.maxAge}`;
            if (contextValue.cacheAge !== undefined) response.http.headers.set('age', String(Math.min(contextValue.cacheAge, policy.maxAge)));
          }
          response.http.headers.set('cache-control', header);
        },
      };
    },
  };
}
