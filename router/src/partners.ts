import { createHash } from 'node:crypto';
import { stripIgnoredCharacters } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from '@zero/service';
import type { AuthSubgraph } from './auth-subgraph';
import { loggable } from './errors';

/** A partner, as its API key proves: its client id, its list mode and the version of its published list. */
export interface Partner {
  id: string;
  name: string;
  mode: 'safelist' | 'ids-only';
  listVersion: number | null;
}

/** One published operation list (Apollo's persisted query manifest), ready for look-ups. */
export interface OperationList {
  version: number;
  /** Listed operations by id (the SHA-256 of the body). */
  byId: Map<string, { body: string; name: string | null; type: string }>;
  /** Bodies with insignificant characters stripped, so a freeform copy of a listed operation matches it. */
  bodies: Set<string>;
}

interface ListContent {
  version: number;
  operations: { id: string; name: string | null; type: string; body: string }[];
}

/** `stripIgnoredCharacters`, or null for a document that does not even lex. */
export function normalizeBody(body: string): string | null {
  try {
    return stripIgnoredCharacters(body);
  } catch {
    return null;
  }
}

function compile(content: ListContent): OperationList {
  const byId = new Map(content.operations.map((op) => [op.id, { body: op.body, name: op.name, type: op.type }]));
  const bodies = new Set(content.operations.flatMap((op) => normalizeBody(op.body) ?? []));
  return { version: content.version, byId, bodies };
}

/**
 * The router's view of the auth subgraph's API clients and published operation lists, read through its internal
 * (`@inaccessible`) fields with the router's own credential.
 * - Keys: verified once, then trusted for `keyCacheMs` (revocation takes effect within it); unknown keys are
 *   remembered as unknown for as long, so guessing floods do not reach the auth subgraph.
 * - Lists in force are polled by version (one small request for all of them) and fetched again when one changes;
 *   a key reporting a newer version than the one in force fetches it at once. When the auth subgraph cannot be
 *   reached, the last good lists stay in force.
 */
export class PartnerDirectory {
  private readonly keys: LRUCache<string, { partner: Partner | null }>;
  private readonly pendingKeys = new Map<string, Promise<Partner | null>>();
  private readonly lists = new Map<string, OperationList | null>();
  private readonly pendingLists = new Map<string, Promise<OperationList | null>>();
  private poller: NodeJS.Timeout | null = null;

  constructor(
    private readonly auth: AuthSubgraph,
    private readonly logger: Logger,
    private readonly options: { keyCacheMs: number; listRefreshMs: number },
  ) {
    this.keys = new LRUCache({ max: 50_000, ttl: Math.max(1, options.keyCacheMs) });
  }

  /** Loads the public list and keeps it fresh. */
  async start(): Promise<void> {
    await this.loadList(null);
    this.poller = setInterval(() => void this.refresh(), this.options.listRefreshMs);
    this.poller.unref();
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
  }

  /** The partner a key belongs to; null for an unknown or revoked key. */
  async partnerByKey(key: string): Promise<Partner | null> {
    const digest = createHash('sha256').update(key).digest('hex');
    const cached = this.keys.get(digest);
    if (cached) return cached.partner;
    let pending = this.pendingKeys.get(digest);
    if (!pending) {
      pending = this.fetchPartner(key).finally(() => this.pendingKeys.delete(digest));
      this.pendingKeys.set(digest, pending);
    }
    const partner = await pending;
    this.keys.set(digest, { partner });
    return partner;
  }

  /** The list in force for traffic without a key; null when none has been published. */
  publicList(): OperationList | null {
    return this.lists.get('public') ?? null;
  }

  /**
   * A partner's list: the one in force here, or a newer one when its key reports a newer version. When the newer one
   * cannot be loaded the one in force stays; when there is none here yet, the failure is thrown (the caller answers
   * 503, retryable), never taken for "no list", which would refuse every operation as unlisted.
   */
  async partnerList(partner: Partner): Promise<OperationList | null> {
    const cached = this.lists.get(partner.id);
    if (cached === undefined) return this.loadList(partner.id);
    const stale = partner.listVersion !== null && (cached?.version ?? 0) < partner.listVersion;
    if (!stale) return cached;
    return (await this.loadList(partner.id).catch(() => null)) ?? cached;
  }

  /**
   * Asks for the version of every list in force here (the public one and each partner's seen so far) in one
   * request, and loads those that changed, so a published list takes effect within one refresh period.
   */
  private async refresh(): Promise<void> {
    const keys = ['public', ...[...this.lists.keys()].filter((k) => k !== 'public')];
    const fields = keys.map((key, i) => `v${i}: operationListVersion(clientId: ${key === 'public' ? 'null' : JSON.stringify(key)})`);
    try {
      const versions = await this.call<Record<string, number | null>>(`query OperationListVersions { ${fields.join(' ')} }`, {});
      await Promise.all(
        keys.map((key, i) => {
          const version = versions[`v${i}`] ?? null;
          const current = this.lists.get(key);
          return version === (current?.version ?? null) && current !== undefined ? null : this.loadList(key === 'public' ? null : key);
        }),
      );
    } catch (error) {
      this.logger.warn({ err: loggable(error) }, 'could not refresh operation lists; the ones in force stay');
    }
  }

  private loadList(clientId: string | null): Promise<OperationList | null> {
    const key = clientId ?? 'public';
    let pending = this.pendingLists.get(key);
    if (!pending) {
      pending = this.fetchList(clientId)
        .then((list) => {
          const current = this.lists.get(key);
          if (list?.version !== current?.version) this.logger.info({ client: key, version: list?.version ?? null }, 'operation list loaded');
          this.lists.set(key, list);
          return list;
        })
        .finally(() => this.pendingLists.delete(key));
      this.pendingLists.set(key, pending);
    }
    return pending;
  }

  private async fetchPartner(key: string): Promise<Partner | null> {
    const data = await this.call<{ apiClientByKey: { id: string; name: string; mode: 'SAFELIST' | 'IDS_ONLY'; revoked: boolean; listVersion: number | null } | null }>(
      'query ApiClientByKey($key: String!) { apiClientByKey(key: $key) { id name mode revoked listVersion } }',
      { key },
    );
    const client = data.apiClientByKey;
    if (!client || client.revoked) return null;
    return { id: client.id, name: client.name, mode: client.mode === 'IDS_ONLY' ? 'ids-only' : 'safelist', listVersion: client.listVersion };
  }

  private async fetchList(clientId: string | null): Promise<OperationList | null> {
    const data = await this.call<{ operationList: ListContent | null }>(
      'query OperationList($clientId: ID) { operationList(clientId: $clientId) { version operations { id name type body } } }',
      { clientId },
    );
    return data.operationList ? compile(data.operationList) : null;
  }

  private call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.auth.request<T>(query, variables);
  }

}
