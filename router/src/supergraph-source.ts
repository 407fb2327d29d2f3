import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@zero/service';
import { readAuthorization, type AuthorizationRules } from './authorization';

/**
 * Serves the gateway the committed supergraph file and watches it: when it changes, the new schema and its
 * authorization rules replace the old ones between requests (in-flight requests finish on the old schema). A
 * file that does not load is logged and ignored, keeping the last good schema.
 */
export class SupergraphSource {
  rules: AuthorizationRules = new Map();

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly pollMs = 1000,
  ) {}

  /** Reads the file once: the subgraph URLs named in it, for health checks. */
  read(): { sdl: string; rules: AuthorizationRules; gatewaySdl: string } {
    const sdl = fs.readFileSync(this.file, 'utf8');
    return { sdl, ...readAuthorization(sdl) };
  }

  hook: SupergraphSdlHook = async ({ update }) => {
    const first = this.read();
    this.rules = first.rules;
    let current = first.sdl;
    const onChange = () => {
      let next;
      try {
        next = this.read();
      } catch (error) {
        this.logger.error({ err: error }, 'supergraph file unreadable; keeping the current schema');
        return;
      }
      if (next.sdl === current) return;
      try {
        update(next.gatewaySdl);
        this.rules = next.rules;
        current = next.sdl;
        this.logger.info('supergraph reloaded');
      } catch (error) {
        this.logger.error({ err: error }, 'new supergraph rejected; keeping the current schema');
      }
    };
    fs.watchFile(this.file, { interval: this.pollMs }, onChange);
    return { supergraphSdl: first.gatewaySdl, cleanup: async () => fs.unwatchFile(this.file, onChange) };
  };
}
