/** `npm start`'s process serving the subgraphs' embedded databases on Unix sockets (`embedded-databases.ts`). */
import { runEmbeddedDatabases } from '@zero/service';

runEmbeddedDatabases();
