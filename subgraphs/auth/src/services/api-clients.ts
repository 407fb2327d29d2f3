import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { Kind, parse, GraphQLError, type OperationDefinitionNode } from 'graphql';
import { CONTROL_CHARACTERS_PROBLEM, ErrorCode, hasControlCharacters, isId, userError, type Database, type Logger, type UserError } from '@zero/service';
import { apiClients, operationLists, type OperationListMode, type PersistedOperation, type tables } from '../db/schema';

/** Keys look like `pz_<48 base64url characters>`: the prefix lets secret scanners recognise a leaked key. */
export const API_KEY_PREFIX = 'pz_';
/** 36 random bytes: 288 bits, of which the 24 shown in `keyPrefix` leave 264 unknown. */
const KEY_BYTES = 36;
const KEY_PATTERN = /^pz_[A-Za-z0-9_-]{48}$/;
/** `pz_` and the first 4 random characters. */
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 4;
const NAME_MAX = 100;
export const MANIFEST_MAX_OPERATIONS = 5_000;
export const MANIFEST_MAX_BYTES = 5 * 1024 * 1024;
/** Key of the list that applies to traffic without an API key. */
const PUBLIC_LIST = 'public';
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

export interface OperationListSummary {
  version: number;
  publishedAt: Date;
  operationCount: number;
}

/** An API client as admins see it: never the key or its hash. */
export interface ApiClientRecord {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  keyPrefix: string;
  mode: OperationListMode;
  operationList: OperationListSummary | null;
}

export interface ApiClientPayload {
  client: ApiClientRecord | null;
  apiKey: string | null;
  userErrors: UserError[];
}

export interface PublishPayload {
  list: OperationListSummary | null;
  userErrors: UserError[];
}

/** What the router needs to serve a request made with a key. */
export interface ApiClientAccess {
  id: string;
  name: string;
  mode: OperationListMode;
  revoked: boolean;
  listVersion: number | null;
}

export interface OperationListContent {
  version: number;
  operations: PersistedOperation[];
}

const clientColumns = {
  id: apiClients.id,
  name: apiClients.name,
  createdAt: apiClients.createdAt,
  revokedAt: apiClients.revokedAt,
  lastUsedAt: apiClients.lastUsedAt,
  keyPrefix: apiClients.keyPrefix,
  mode: apiClients.mode,
  listVersion: operationLists.version,
  listPublishedAt: operationLists.publishedAt,
  listOperationCount: operationLists.operationCount,
};
/** A client row joined with its list's summary (left join: the list's columns may be null). */
type ClientRow = Omit<ApiClientRecord, 'operationList'> & { listVersion: number | null; listPublishedAt: Date | null; listOperationCount: number | null };
/** Joins a client to its list through the list's primary key. */
const listOfClient = eq(operationLists.clientKey, sql`${apiClients.id}::text`);

const failed = (...errors: UserError[]): ApiClientPayload => ({ client: null, apiKey: null, userErrors: errors });

/** Partners' API clients and the operation lists the router holds each client (and keyless traffic) to. */
export class ApiClientService {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly logger: Logger,
  ) {}

  /** Creates a client and returns its key; the key is never retrievable again. */
  async create(input: { name: string; mode?: OperationListMode | null }): Promise<ApiClientPayload> {
    const name = input.name.trim();
    if (!name || name.length > NAME_MAX) {
      return failed(userError(ErrorCode.INVALID_INPUT, `The name must be 1–${NAME_MAX} characters`, ['input', 'name']));
    }
    if (hasControlCharacters(name)) return failed(userError(ErrorCode.INVALID_INPUT, `The name ${CONTROL_CHARACTERS_PROBLEM}`, ['input', 'name']));
    const apiKey = API_KEY_PREFIX + randomBytes(KEY_BYTES).toString('base64url');
    const [row] = await this.db
      .insert(apiClients)
      .values({ name, mode: input.mode ?? 'SAFELIST', keyHash: hashApiKey(apiKey), keyPrefix: apiKey.slice(0, DISPLAY_PREFIX_LENGTH) })
      .returning();
    const { keyHash: _hash, ...client } = row!;
    this.logger.info({ apiClientId: client.id, keyPrefix: client.keyPrefix }, 'API client created');
    return { client: { ...client, operationList: null }, apiKey, userErrors: [] };
  }

  /** Revokes a client; revoking again keeps the first revocation time. */
  async revoke(id: string): Promise<ApiClientPayload> {
    const notFound = failed(userError(ErrorCode.NOT_FOUND, 'No such API client', ['id']));
    if (!isId(id)) return notFound;
    const [revoked] = await this.db
      .update(apiClients)
      .set({ revokedAt: sql`coalesce(${apiClients.revokedAt}, now())` })
      .where(eq(apiClients.id, id))
      .returning({ id: apiClients.id });
    if (!revoked) return notFound;
    this.logger.info({ apiClientId: id }, 'API client revoked');
    const [row] = await this.selectClients().where(eq(apiClients.id, id));
    return { client: toRecord(row!), apiKey: null, userErrors: [] };
  }

  /** Every client, newest first, with its list's summary (one statement). */
  async list(): Promise<ApiClientRecord[]> {
    const rows = await this.selectClients().orderBy(desc(apiClients.createdAt), desc(apiClients.id));
    return rows.map(toRecord);
  }

  /** The summary of a client's list (null `clientId`: the public list); null when none is published. */
  async listSummary(clientId: string | null): Promise<OperationListSummary | null> {
    if (clientId !== null && !isId(clientId)) return null;
    const [row] = await this.db
      .select({ version: operationLists.version, publishedAt: operationLists.publishedAt, operationCount: operationLists.operationCount })
      .from(operationLists)
      .where(eq(operationLists.clientKey, clientId ?? PUBLIC_LIST));
    return row ?? null;
  }

  /** Validates a persisted query manifest and makes it the client's list (null `clientId`: the public list), one version up. */
  async publish(clientId: string | null, manifest: string): Promise<PublishPayload> {
    const parsed = parseManifest(manifest);
    if ('error' in parsed) return { list: null, userErrors: [userError(ErrorCode.INVALID_INPUT, parsed.error, ['manifest'])] };
    const notFound: PublishPayload = { list: null, userErrors: [userError(ErrorCode.NOT_FOUND, 'No such API client, or it is revoked', ['clientId'])] };
    if (clientId !== null && !isId(clientId)) return notFound;

    const values = { version: 1, operations: parsed.operations, operationCount: parsed.operations.length };
    const upsert = {
      target: operationLists.clientKey,
      set: {
        version: sql`${operationLists.version} + 1`,
        operations: sql`excluded.operations`,
        operationCount: sql`excluded.operation_count`,
        publishedAt: sql`now()`,
      },
    };
    const summary = { version: operationLists.version, publishedAt: operationLists.publishedAt, operationCount: operationLists.operationCount };
    // For a client, the row is inserted from a SELECT of the live client: the existence check and the publish are
    // one statement, so a client revoked concurrently gets no new list.
    const [list] =
      clientId === null
        ? await this.db.insert(operationLists).values({ clientKey: PUBLIC_LIST, clientId: null, ...values }).onConflictDoUpdate(upsert).returning(summary)
        : await this.db
            .insert(operationLists)
            .select(
              this.db
                .select({
                  clientKey: sql<string>`${apiClients.id}::text`.as('client_key'),
                  clientId: apiClients.id,
                  version: sql<number>`${values.version}::int`.as('version'),
                  operations: sql`${JSON.stringify(values.operations)}::jsonb`.as('operations'),
                  operationCount: sql<number>`${values.operationCount}::int`.as('operation_count'),
                  publishedAt: sql<Date>`now()`.as('published_at'),
                })
                .from(apiClients)
                .where(and(eq(apiClients.id, clientId), isNull(apiClients.revokedAt))),
            )
            .onConflictDoUpdate(upsert)
            .returning(summary);
    if (!list) return notFound;
    this.logger.info({ apiClientId: clientId, version: list.version, operations: list.operationCount }, 'operation list published');
    return { list, userErrors: [] };
  }

  /**
   * The client of a key, and whether it is revoked (router). One statement: the lookup by the hash's unique index,
   * the list version, and a conditional write of `last_used_at` that happens at most once a minute per client.
   */
  async access(key: string): Promise<ApiClientAccess | null> {
    if (!KEY_PATTERN.test(key)) return null;
    const keyHash = hashApiKey(key);
    const touched = this.db.$with('touched').as(
      this.db
        .update(apiClients)
        .set({ lastUsedAt: sql`now()` })
        .where(
          and(
            eq(apiClients.keyHash, keyHash),
            isNull(apiClients.revokedAt),
            or(isNull(apiClients.lastUsedAt), lt(apiClients.lastUsedAt, sql`now() - interval '1 minute'`)),
          ),
        )
        .returning({ id: apiClients.id }),
    );
    const [row] = await this.db
      .with(touched)
      .select({ id: apiClients.id, name: apiClients.name, mode: apiClients.mode, revokedAt: apiClients.revokedAt, listVersion: operationLists.version })
      .from(apiClients)
      .leftJoin(operationLists, listOfClient)
      .where(eq(apiClients.keyHash, keyHash));
    if (!row) return null;
    return { id: row.id, name: row.name, mode: row.mode, revoked: row.revokedAt !== null, listVersion: row.listVersion };
  }

  /** A published list in full (router); null `clientId` is the public list. */
  async content(clientId: string | null): Promise<OperationListContent | null> {
    if (clientId !== null && !isId(clientId)) return null;
    const [row] = await this.db
      .select({ version: operationLists.version, operations: operationLists.operations })
      .from(operationLists)
      .where(eq(operationLists.clientKey, clientId ?? PUBLIC_LIST));
    return row ?? null;
  }

  private selectClients() {
    return this.db.select(clientColumns).from(apiClients).leftJoin(operationLists, listOfClient).$dynamic();
  }
}

function toRecord(row: ClientRow): ApiClientRecord {
  const { listVersion, listPublishedAt, listOperationCount, ...client } = row;
  const operationList =
    listVersion === null ? null : { version: listVersion, publishedAt: listPublishedAt!, operationCount: listOperationCount! };
  return { ...client, operationList };
}

/**
 * API keys are stored as a plain SHA-256 hash, not bcrypt: the router verifies a key on every partner request, so
 * the check must take microseconds, and a slow hash only protects guessable secrets. A key is 288 random bits;
 * there is nothing to brute-force, so a leaked hash is as useless as bcrypt's would be.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Parses and checks an Apollo persisted query manifest; on failure, a message naming the first bad operation.
 * Documents are checked for syntax and shape only: the subgraph does not hold the supergraph to validate them against.
 */
export function parseManifest(text: string): { operations: PersistedOperation[] } | { error: string } {
  if (Buffer.byteLength(text, 'utf8') > MANIFEST_MAX_BYTES) return { error: `The manifest is larger than ${MANIFEST_MAX_BYTES / 1024 / 1024} MB` };
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return { error: 'The manifest is not valid JSON' };
  }
  if (!isObject(manifest) || manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    return { error: 'The manifest must have format "apollo-persisted-query-manifest" and version 1' };
  }
  if (!Array.isArray(manifest.operations)) return { error: 'The manifest has no operations array' };
  if (manifest.operations.length > MANIFEST_MAX_OPERATIONS) return { error: `The manifest has more than ${MANIFEST_MAX_OPERATIONS} operations` };

  const operations: PersistedOperation[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of manifest.operations.entries()) {
    const label = `operations[${index}]${isObject(entry) && typeof entry.name === 'string' ? ` (${entry.name})` : ''}`;
    const problem = checkOperation(entry, ids);
    if (problem) return { error: `${label}: ${problem}` };
    const { id, name, type, body } = entry as PersistedOperation;
    ids.add(id);
    operations.push({ id, name: name ?? null, type, body });
  }
  return { operations };
}

function checkOperation(entry: unknown, ids: Set<string>): string | null {
  if (!isObject(entry)) return 'not an object';
  const { id, name, type, body } = entry;
  if (typeof id !== 'string' || typeof body !== 'string' || typeof type !== 'string') return 'id, type and body must be strings';
  if (name !== undefined && name !== null && typeof name !== 'string') return 'name must be a string';
  if (!OPERATION_TYPES.has(type)) return 'type must be query, mutation or subscription';
  if (id !== createHash('sha256').update(body).digest('hex')) return 'id is not the lower-case hex SHA-256 of body';
  if (ids.has(id)) return 'duplicate id';
  let definitions: OperationDefinitionNode[];
  try {
    definitions = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch (error) {
    if (error instanceof GraphQLError) return `body does not parse: ${error.message}`;
    throw error;
  }
  if (definitions.length !== 1) return `body must contain exactly one operation, not ${definitions.length}`;
  const [operation] = definitions;
  if ((operation!.name?.value ?? null) !== (name ?? null)) return `body's operation is named ${operation!.name?.value ?? '(anonymous)'}`;
  if (operation!.operation !== type) return `body's operation is a ${operation!.operation}`;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
