import type { ApolloGateway, Experimental_DidResolveQueryPlanCallback, GraphQLDataSource } from '@apollo/gateway';
// Not re-exported by the package's index; the gateway is pinned (package.json).
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { FetchNode } from '@apollo/query-planner';
import {
  Kind,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  print,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { SpanStatusCode } from '@opentelemetry/api';
import { tracer } from '@zero/service';
import { conditionsAllow } from './supergraph-directives';

type Executor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;
type GatewayRequest = Parameters<Executor>[0];
type GatewayResult = Awaited<ReturnType<Executor>>;
type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** A query whose plan is one fetch that returns exactly what the client asked for. */
interface PassThrough {
  fetch: FetchNode;
  service: GraphQLDataSource;
  operation: OperationDefinitionNode;
  /** What the fetch's data must hold to be the response as the gateway would give it (`conforms`). */
  fields: ShapedField[];
  /** How the fetch's data becomes the response, where it is not the response as it is; null where it is. */
  shape: Shape | null;
}

/**
 * Where the response differs from the fetch's data, though the same fields were asked: the order of an object's
 * keys (the planner merges a field asked beside a fragment into the fragment's place; the gateway answers in the
 * client's order), and the root `__typename`, which Apollo Client adds to every operation and the gateway answers
 * itself, leaving it out of the fetch.
 */
interface Shape {
  /** The object's keys in the client's order, when the fetch's order differs (or a root `__typename` is added). */
  keys: string[] | null;
  /** Root only: the keys that are `__typename`, answered with the query type's name. */
  typenames?: { keys: Set<string>; value: string };
  /** The fields below that need shaping themselves. */
  inner: Map<string, Shape>;
}

/**
 * A subgraph answer this request already has, for the gateway to use instead of fetching it again: set when a
 * pass-through answer needs the gateway's own handling (errors, missing data), read once by `SubgraphDataSource`.
 */
export interface Prefetched {
  subgraph: string;
  query: string;
  response: Promise<SubgraphResponse>;
}

/**
 * Single-fetch pass-through. Most storefront queries are answered by one subgraph alone: the gateway's plan is one
 * fetch, and the subgraph's `data` is already the response. `@apollo/gateway` still executes such a plan in full —
 * its request, validation, execution, fetch and post-processing spans, a protobuf trace node, a deep merge of the
 * subgraph's data into an empty result, then a walk of the operation over it to shape the response — for an answer
 * that comes out unchanged (README, "Gateways compared": the router's CPU per request with and without this).
 *
 * This learns, from each plan the gateway makes (`experimental_didResolveQueryPlan`), whether the plan is such a
 * query: one fetch of a query with no entity representations and no rewrites, whose operation selects exactly what
 * the client's does — same fields, aliases, arguments and directives, fragments expanded — on object types only
 * (no interface or union: shaping checks `__typename` there), no enum whose supergraph values the API hides
 * (`@inaccessible`: shaping drops them), and no inline fragment in the client's operation (the gateway answers
 * those merged into the first one's place). Two differences are put right as the gateway would: root `__typename`
 * fields, which Apollo Client adds to every operation and the gateway answers without asking the subgraph, and the
 * order of an object's fields where the planner merged one into a fragment's place (`Shape`).
 *
 * Then the next requests of that document run the fetch themselves, through the same data source (credential,
 * deduplication, breaker, deadline, retries), after the gateway's own check of the variables, and answer with the
 * subgraph's `data` once a read-only walk has found it to be exactly what the gateway's shaping would keep
 * (`conforms`: every field, no other, every value allowed by the API schema). Anything else — another plan, an
 * answer with errors, without data or with data the API schema does not allow (a subgraph deployed ahead of the
 * supergraph), a failed call — goes to the gateway, which gets the answer already fetched (the request context's
 * `prefetched`), so what the client sees is exactly what the gateway makes of it and nothing is fetched twice.
 *
 * What is learned is kept per API schema and parsed document (Apollo Server keeps one parsed document per query
 * text), so a new supergraph starts afresh and nothing outlives the documents it describes.
 */
export class SinglePassThrough {
  private readonly plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, PassThrough | null>>>();

  constructor(
    /** Enum types some of whose supergraph values are `@inaccessible` (hidden from the API). */
    private readonly hiddenEnums: () => ReadonlySet<string>,
    /** Whether a request may ask for its query plan (`Apollo-Query-Plan-Experimental`, outside production). */
    private readonly plansExposed: boolean,
    /** Told of each pass-through: `passed`, or `handed` to the gateway. */
    private readonly onOutcome: (outcome: 'passed' | 'handed') => void = () => {},
  ) {}

  /** For `ApolloGateway`'s `experimental_didResolveQueryPlan`: remembers whether this plan passes through. */
  learn: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, serviceMap, operationContext, requestContext }) => {
    const { schema, document } = requestContext;
    if (!document) return;
    let byDocument = this.plans.get(schema);
    if (!byDocument) this.plans.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const name = requestContext.operationName ?? '';
    if (byOperation.has(name)) return;
    const node = queryPlan.node;
    const service = node?.kind === 'Fetch' ? serviceMap[node.serviceName] : undefined;
    const operation = operationContext.operation;
    const learned =
      node?.kind === 'Fetch' && service !== undefined && operation.operation === 'query'
        ? this.selectsAsClient(schema, node, operation, new Map(Object.entries(operationContext.fragments)))
        : false;
    byOperation.set(name, learned !== false ? { fetch: node as FetchNode, service: service!, operation, ...learned } : null);
  };

  /** Runs `request` as a pass-through if its plan is one (learned earlier), else with `executor` (the gateway). */
  async execute(request: GatewayRequest, executor: Executor): Promise<GatewayResult> {
    const plan = request.document && this.plans.get(request.schema)?.get(request.document)?.get(request.operationName ?? '');
    if (!plan || (this.plansExposed && request.request.http?.headers.get('apollo-query-plan-experimental'))) return executor(request);
    const { fetch, service, operation, fields, shape } = plan;
    const provided = request.request.variables ?? {};
    // The gateway's own check of the variables against the operation: on errors it reports them, and fetches nothing.
    let coerced: Record<string, unknown> = {};
    if (operation.variableDefinitions?.length) {
      const checked = getVariableValues(request.schema, operation.variableDefinitions, provided);
      if (checked.errors) return executor(request);
      coerced = checked.coerced;
    }
    const variables: Record<string, unknown> = {};
    for (const name of fetch.variableUsages ?? []) {
      if (Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
    }

    const response = tracer().startActiveSpan('gateway.fetch', { attributes: { service: fetch.serviceName, 'zero.pass_through': true } }, (span) => {
      const sent = service.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query: fetch.operation, variables, operationName: fetch.operationName },
        incomingRequestContext: request,
        context: request.context,
        document: fetch.operationDocumentNode,
        pathInIncomingRequest: [],
      });
      sent.then(
        (answer) => {
          if (answer.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
        (error: unknown) => {
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
          span.end();
        },
      );
      return sent;
    });
    const answer = await response.catch(() => null);
    if (answer && !answer.errors?.length && conforms(answer.data, fields, coerced)) {
      this.onOutcome('passed');
      return { data: shape ? (shaped(answer.data, shape) as Record<string, unknown>) : answer.data };
    }
    // Errors, no data, or data the API schema does not allow (a subgraph ahead of the supergraph: a new enum value,
    // a field turned nullable, one more field): the gateway's shaping decides what the client sees.
    this.onOutcome('handed');
    (request.context as { prefetched?: Prefetched }).prefetched = { subgraph: fetch.serviceName, query: fetch.operation, response };
    return executor(request);
  }

  /**
   * Whether the fetch's operation selects exactly what the client's operation does (see the class comment), but
   * for the order of fields and root `__typename` fields: false if not, else what its data must hold and how it
   * becomes the response.
   */
  private selectsAsClient(
    schema: GraphQLSchema,
    fetch: FetchNode,
    operation: OperationDefinitionNode,
    fragments: Map<string, FragmentDefinitionNode>,
  ): Pick<PassThrough, 'fields' | 'shape'> | false {
    if (fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || (fetch as { contextRewrites?: unknown[] }).contextRewrites?.length) return false;
    const queryType = schema.getQueryType();
    if (!queryType) return false;
    let sent: DocumentNode;
    try {
      sent = parse(fetch.operation);
    } catch {
      return false;
    }
    const sentOperation = sent.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (sentOperation?.operation !== 'query') return false;
    const sentFragments = new Map(sent.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const hidden = this.hiddenEnums();
    const asked = fieldsOf(operation.selectionSet, queryType, fragments, hidden, true);
    const fetched = fieldsOf(sentOperation.selectionSet, queryType, sentFragments, hidden, false);
    if (!asked || !fetched) return false;
    const typenames = new Set(asked.filter((field) => field.head === `${field.key}:__typename`).map((field) => field.key));
    const rest = asked.filter((field) => !typenames.has(field.key));
    if (rest.length === 0) return false;
    const shape = shapeOf(rest, fetched);
    if (shape === false) return false;
    return {
      fields: rest,
      shape: typenames.size ? { keys: asked.map((field) => field.key), typenames: { keys: typenames, value: queryType.name }, inner: shape?.inner ?? new Map() } : shape,
    };
  }
}

/**
 * For a data source's `process`: the answer this request already fetched for this subgraph and query, taken once
 * (the gateway then uses it instead of sending the fetch again), or undefined.
 */
export function takePrefetched(subgraph: string, query: string | undefined, context: { prefetched?: Prefetched }): Promise<SubgraphResponse> | undefined {
  const prefetched = context.prefetched;
  if (!prefetched || prefetched.subgraph !== subgraph || prefetched.query !== query) return undefined;
  context.prefetched = undefined;
  return prefetched.response;
}

/** One field of a selection set as its response is shaped: its key, its text, and its own fields. */
interface ShapedField {
  key: string;
  /** Key, name, arguments and directives: `shown:url(width:"800")`. */
  head: string;
  children: ShapedField[] | null;
  /** The field's type in the API schema; null for `__typename`. */
  type: GraphQLOutputType | null;
  /** The object type the field is selected on. */
  parent: string;
  /** `@skip` / `@include`, if any: whether the field is in the response depends on the variables. */
  conditions: readonly DirectiveNode[];
}

/**
 * How data selected by `fetched` becomes the response to `asked`: null if as it is, false if it cannot (another
 * field, argument or directive anywhere), else the keys to put in the client's order.
 */
function shapeOf(asked: ShapedField[], fetched: ShapedField[]): Shape | null | false {
  if (asked.length !== fetched.length) return false;
  const byKey = new Map(fetched.map((field) => [field.key, field]));
  let sameOrder = true;
  const inner = new Map<string, Shape>();
  for (const [index, field] of asked.entries()) {
    const twin = byKey.get(field.key);
    if (!twin || twin.head !== field.head || !twin.children !== !field.children) return false;
    if (fetched[index]!.key !== field.key) sameOrder = false;
    if (field.children) {
      const below = shapeOf(field.children, twin.children!);
      if (below === false) return false;
      if (below) inner.set(field.key, below);
    }
  }
  return sameOrder && inner.size === 0 ? null : { keys: sameOrder ? null : asked.map((field) => field.key), inner };
}

/**
 * Whether `data` is exactly what the gateway's shaping would keep, so that passing it on changes nothing: an object
 * with each field the operation selects (and the variables include) and no other, each value allowed by its type
 * in the API schema — no null where it is non-null, enum values the API has, leaf values of their scalar (custom
 * scalars unchecked, as the gateway leaves them), `__typename` the type it is selected on. A subgraph built from the
 * same schema always conforms; one deployed ahead of the supergraph may not.
 */
function conforms(data: unknown, fields: ShapedField[], variables: Record<string, unknown>): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const object = data as Record<string, unknown>;
  let expected = 0;
  for (const field of fields) {
    const present = Object.hasOwn(object, field.key);
    if (!conditionsAllow(field.conditions, variables)) {
      if (present) return false;
      continue;
    }
    if (!present) return false;
    expected++;
    const value = object[field.key];
    if (field.type === null ? value !== field.parent : !valueConforms(value, field.type, field.children, variables)) return false;
  }
  return Object.keys(object).length === expected;
}

function valueConforms(value: unknown, type: GraphQLOutputType, children: ShapedField[] | null, variables: Record<string, unknown>): boolean {
  if (isNonNullType(type)) return value !== null && value !== undefined && valueConforms(value, type.ofType, children, variables);
  if (value === null) return true;
  if (isListType(type)) return Array.isArray(value) && value.every((item) => valueConforms(item, type.ofType, children, variables));
  if (isObjectType(type)) return children !== null && conforms(value, children, variables);
  if (isEnumType(type)) return typeof value === 'string' && type.getValue(value) !== undefined;
  if (!isScalarType(type)) return false;
  switch (type.name) {
    case 'Boolean':
      return typeof value === 'boolean';
    case 'Int':
    case 'ID':
      return typeof value === 'number' ? Number.isFinite(value) && /^-?(?:0|[1-9][0-9]*)$/.test(String(value)) : typeof value === 'string' && type.name === 'ID';
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'String':
      return typeof value === 'string';
    default:
      return true; // custom scalars: as the gateway, unchecked
  }
}

/** The fetch's data as the response (see `Shape`): objects rebuilt only where their keys' order changes. */
function shaped(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((item) => shaped(item, shape));
  if (!value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  // A new object, never the fetched one changed; without a prototype, as the gateway's, so that a field aliased
  // `__proto__` is a field like any other.
  let out: Record<string, unknown>;
  if (!shape.keys) out = Object.assign(Object.create(null) as Record<string, unknown>, object);
  else {
    out = Object.create(null) as Record<string, unknown>;
    for (const key of shape.keys) {
      if (shape.typenames?.keys.has(key)) out[key] = shape.typenames.value;
      else if (key in object) out[key] = object[key];
    }
  }
  for (const [key, below] of shape.inner) if (key in out) out[key] = shaped(out[key], below);
  return out;
}

/**
 * A selection set written out the way its response is shaped: fields in response order, each once (duplicates
 * merged, as execution merges them), fragments on the same type expanded, with alias, arguments and directives.
 * Null where the response's shape would depend on more than the text: a fragment on another type or with
 * directives, an abstract or hidden-enum field, a field the API schema does not have.
 */
function fieldsOf(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Map<string, FragmentDefinitionNode>,
  hidden: ReadonlySet<string>,
  client: boolean,
): ShapedField[] | null {
  if (!isObjectType(parent)) return null;
  const fields = new Map<string, { node: FieldNode; signature: string; selections: SelectionSetNode['selections'][number][] }>();
  const collect = (set: SelectionSetNode, depth: number): boolean => {
    if (depth > fragments.size + 1) return false; // only a cycle goes this deep (validated documents have none)
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        const signature = `${selection.name.value}${argumentsText(selection.arguments)}${selection.directives?.map((d) => `@${d.name.value}${argumentsText(d.arguments)}`).join('') ?? ''}`;
        const seen = fields.get(key);
        if (seen && seen.signature !== signature) return false;
        const entry = seen ?? { node: selection, signature, selections: [] };
        if (selection.selectionSet) entry.selections.push(...selection.selectionSet.selections);
        fields.set(key, entry);
        continue;
      }
      if (selection.directives?.length) return false;
      // The gateway answers a client's inline fragments merged into the first one's place (its operation model merges
      // fragments of the same type), not in execution order: those are left to it. The subgraph executes the fetch's
      // in execution order.
      if (client && selection.kind === Kind.INLINE_FRAGMENT) return false;
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) return false;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== parent.name) return false;
      if (fragment !== selection && fragment.directives?.length) return false;
      if (!collect(fragment.selectionSet, depth + 1)) return false;
    }
    return true;
  };
  if (!collect(selectionSet, 0)) return null;

  const fieldsShaped: ShapedField[] = [];
  for (const [key, { node, signature, selections }] of fields) {
    const name = node.name.value;
    const conditions = node.directives ?? [];
    if (name === '__typename') {
      fieldsShaped.push({ key, head: `${key}:${signature}`, children: null, type: null, parent: parent.name, conditions });
      continue;
    }
    const definition = parent.getFields()[name];
    if (!definition) return null;
    const type = getNamedType(definition.type);
    if (isAbstractType(type) || (isEnumType(type) && hidden.has(type.name))) return null;
    if (isLeafType(type)) {
      if (selections.length) return null;
      fieldsShaped.push({ key, head: `${key}:${signature}`, children: null, type: definition.type, parent: parent.name, conditions });
      continue;
    }
    const children = fieldsOf({ kind: Kind.SELECTION_SET, selections }, type, fragments, hidden, client);
    if (children === null) return null;
    fieldsShaped.push({ key, head: `${key}:${signature}`, children, type: definition.type, parent: parent.name, conditions });
  }
  return fieldsShaped;
}

function argumentsText(args: readonly ArgumentNode[] | undefined): string {
  return args?.length ? `(${args.map((arg) => `${arg.name.value}:${valueText(arg.value)}`).join(',')})` : '';
}

/**
 * A value as text, with an integer and a string of the same digits written alike: the planner writes an `ID`
 * literal `"1"` as `1` (both mean the same ID; for any other type only one of them would have validated).
 */
function valueText(value: ValueNode): string {
  switch (value.kind) {
    case Kind.INT:
    case Kind.STRING:
      return JSON.stringify(value.value);
    case Kind.LIST:
      return `[${value.values.map(valueText).join(',')}]`;
    case Kind.OBJECT:
      return `{${value.fields.map((field) => `${field.name.value}:${valueText(field.value)}`).join(',')}}`;
    default:
      return print(value);
  }
}

/** The enum types of a supergraph some of whose values are `@inaccessible` (under whatever name the supergraph links it). */
export function enumsWithHiddenValues(supergraph: DocumentNode, inaccessible: string): Set<string> {
  const names = new Set<string>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION && definition.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
    if (definition.values?.some((value) => value.directives?.some((d) => d.name.value === inaccessible))) names.add(definition.name.value);
  }
  return names;
}
