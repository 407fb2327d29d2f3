import cluster from 'node:cluster';
import { runService } from '@zero/service';
import { start } from './app';
import { routerWorkers, runPrimary } from './workers';

// ROUTER_WORKERS > 1: this process supervises that many routers sharing the port (see workers.ts); else it is one.
const workers = cluster.isPrimary ? routerWorkers(process.env) : null;
if (workers && workers.count > 1) runPrimary(workers.count, workers.config);
else runService(start);
