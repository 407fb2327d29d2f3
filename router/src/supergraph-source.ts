import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { parse } from 'graphql';
import type { Logger } from '@zero/service';
import { readAuthorization, type AuthorizationRules } from './authorization';
import { DemandControl } from './demand-control/cost';
import { readFieldRateLimits, type FieldRateLimits } from './protections/field-rate-limits';
import { CacheControl } from './response-cache/cache-hints';
import { enumsWithHiddenValues } from './single-fetch';
import { linkedDirectiveName } from './supergraph-directives';

/** Everything the router enforces that the supergraph's directives declare, read from one version of it. */
export interface Policies {
  /** Increases with every supergraph loaded, so caches keyed on the old one can tell. */
  generation: number;
  /** The supergraph's SHA-256: the same on every replica, so shared caches can tell versions apart. */
  schemaHash: string;
  authorization: AuthorizationRules;
  rateLimits: FieldRateLimits;
  cost: DemandControl;
  cacheControl: CacheControl;
  /** Enum types some of whose values the API hides (`@inaccessible`): their fields never pass straight through. */
  hiddenEnums: ReadonlySet<string>;
}

/**
 * Serves the gateway the committed supergraph file and watches it: when it changes, the new schema and the
 * policies its directives declare replace the old ones between requests (in-flight requests finish on the old
 * schema). A file that does not load is logged and ignored, keeping the last good schema.
 */
export class SupergraphSource {
  policies: Policies;
  private generation = 0;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly options: { pollMs: number; defaultListSize: number },
  ) {
    this.policies = this.read().policies;
  }

  /** Reads and checks the file: the SDL, its policies, and the copy the gateway accepts. */
  read(): { sdl: string; gatewaySdl: string; policies: Policies } {
    const sdl = fs.readFileSync(this.file, 'utf8');
    const document = parse(sdl);
    const { rules, gatewaySdl } = readAuthorization(document);
    return {
      sdl,
      gatewaySdl,
      policies: {
        generation: ++this.generation,
        schemaHash: createHash('sha256').update(sdl).digest('hex'),
        authorization: rules,
        rateLimits: readFieldRateLimits(document, rules),
        cost: DemandControl.fromSupergraph(sdl, { defaultListSize: this.options.defaultListSize }),
        cacheControl: CacheControl.fromSupergraph(document),
        hiddenEnums: enumsWithHiddenValues(document, linkedDirectiveName(document, 'https://specs.apollo.dev/inaccessible/', 'inaccessible')),
      },
    };
  }

  hook: SupergraphSdlHook = async ({ update }) => {
    const first = this.read();
    this.policies = first.policies;
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
        this.policies = next.policies;
        current = next.sdl;
        this.logger.info('supergraph reloaded');
      } catch (error) {
        this.logger.error({ err: error }, 'new supergraph rejected; keeping the current schema');
      }
    };
    fs.watchFile(this.file, { interval: this.options.pollMs }, onChange);
    return { supergraphSdl: first.gatewaySdl, cleanup: async () => fs.unwatchFile(this.file, onChange) };
  };
}
