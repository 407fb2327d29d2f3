import 'server-only';
import { ApolloLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { Observable } from 'rxjs';
import { config } from './config';
import { operationByName } from './persisted';
import { runOperation } from './router';

/**
 * Apollo Client for server components (catalog pages). Requests go straight to the router as persisted ids and
 * are kept in Next's data cache, tagged `catalog`, so a page is served from cache until it revalidates or an admin
 * change invalidates the tag. Catalog reads are anonymous: no token and no shopper address (so one cached answer
 * serves every shopper).
 */
const persistedLink = new ApolloLink(
  (operation) =>
    new Observable((observer) => {
      const op = operationByName(operation.operationName ?? '');
      if (!op) {
        observer.error(new Error(`${operation.operationName} is not a persisted storefront operation`));
        return;
      }
      runOperation(op, operation.variables, { next: { revalidate: config.catalogRevalidateSeconds, tags: ['catalog'] } }).then(
        ({ body }) => {
          observer.next(body as ApolloLink.Result);
          observer.complete();
        },
        (error: unknown) => observer.error(error),
      );
    }),
);

export const { getClient, query: rscQuery } = registerApolloClient(
  () => new ApolloClient({ cache: new InMemoryCache(), link: persistedLink }),
);
