/**
 * Demand control: what an operation costs, by the rules of Apollo GraphOS Router's demand control
 * (https://www.apollographql.com/docs/graphos/routing/security/demand-control, "Calculating cost") and of the
 * `@cost` / `@listSize` directives (https://www.apollographql.com/docs/graphos/reference/federation/directives,
 * "Customizing demand controls"), themselves based on the IBM GraphQL Cost Directive specification. Where the
 * documentation is silent (input objects, fragments, variables) the router's implementation decides
 * (apollographql/router, `apollo-router/src/plugins/demand_control/cost_calculator/`).
 *
 * - An operation costs its type's base (mutation 10, query and subscription 0) plus the cost of its fields.
 * - A field costs `instances × (type weight + cost of its selections) + cost of its arguments`. The type weight is the
 *   field's `@cost`, else its type's `@cost`, else 1 for objects, interfaces and unions and 0 for scalars and enums.
 * - `instances` is 1, or for a list field its size: from `@listSize` the largest value of the slicing arguments
 *   given in the operation or its variables (an argument left out counts with its schema default), else
 *   `assumedSize`, else the configured default list size. A list's size comes from its parent's `@listSize` when the
 *   parent names it in `sizedFields` (connections: `edges`; nested paths such as `"results { page }"` too).
 * - `requireOneSlicingArgument` (default true): an operation that gives none or several of the slicing arguments is
 *   refused (the router answers COST_QUERY_PARSE_FAILURE); here its estimate is Infinity and the reason is listed.
 * - Arguments: an input object costs its `@cost` or 1, plus its fields; a list its `@cost` or 0, plus its items;
 *   anything else its `@cost` (the argument's, else its type's) or 0. Arguments left out cost nothing.
 * - Fragments and inline fragments count where they are spread, whatever their type condition (an upper bound, as in
 *   the router: a union's fragments add up). Fields, fragments and inline fragments under `@skip(if: true)` or
 *   `@include(if: false)` cost nothing; the condition may be a variable.
 *
 * Deviations, all towards safety: a negative list size (`first: -5`) counts as 0, where the router would subtract;
 * an estimate that is not a number (weights of opposite signs meeting Infinity) is Infinity.
 *
 * The estimate is the supergraph-level one (the router's `estimated`), computed before any planning. The router's
 * enforced figure is summed over the query plan's subgraph fetches, which also counts entity fetches; for an
 * operation that one subgraph answers the two are equal, and those are the documentation's examples.
 *
 * Actual cost uses the same weights with the response's real list lengths; a null object costs nothing.
 * Apollo's default `actual_cost_mode` is `by_subgraph` ("sums the cost of each subgraph response"): see
 * {@link DemandControl.bySubgraph}, to which the router adds each subgraph response. {@link DemandControl.actual} scores
 * the final response, which is the legacy `by_response_shape` mode (the only one before Router 2.12); it misses the
 * entities and key fields fetched only to join subgraphs. In both, a mutation adds its 10, as the documentation's
 * "the difference between estimated and actual cost is due only to list sizes" implies. When the response says
 * which type an object is (`__typename`), fragments on other types are not counted.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  valueFromASTUntyped,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { conditionsAllow } from '../supergraph-directives';

export interface CostOptions {
  /** Used when a list has no @listSize/assumedSize. */
  defaultListSize: number;
}

/** An estimate with the reasons the router would refuse the operation outright (then `cost` is Infinity). */
export interface CostEstimate {
  cost: number;
  errors: string[];
}

type Variables = Record<string, unknown>;

const MUTATION_BASE_COST = 10;
const COST_SPEC_URL = /^https:\/\/specs\.apollo\.dev\/cost\/v\d+\.\d+\/?$/;
const FEDERATION_SPEC_URL = /^https:\/\/specs\.apollo\.dev\/federation\/v\d+\.\d+\/?$/;

/** Where, inside the object a field returns, its list size applies: `leaves` are sized, `children` lead deeper. */
interface SizedFields {
  id: number;
  leaves: Set<string>;
  children: Map<string, SizedFields>;
}

interface ListSizeSpec {
  assumedSize: number | null;
  /** Paths into the arguments: `["first"]`, `["input", "pagination", "first"]`. */
  slicingArguments: string[][] | null;
  sizedFields: SizedFields | null;
  requireOneSlicingArgument: boolean;
}

interface FieldWeights {
  cost?: number;
  listSizes?: ListSizeSpec[];
  argumentCosts?: Map<string, number>;
}

/** A `@listSize` evaluated for one field of one operation. */
interface ListSize {
  expected: number | undefined;
  sizedFields: SizedFields | null;
}

/** What the selections under a field inherit: the sizes that apply to (or below) some of their fields. */
type SizingContext = readonly { expected: number | undefined; sizedFields: SizedFields }[];
const NO_SIZING: SizingContext = [];

/** The weights the supergraph declares, by type and field name. */
interface Weights {
  types: Map<string, number>;
  fields: Map<string, Map<string, FieldWeights>>;
  inputFields: Map<string, Map<string, number>>;
}

export class DemandControl {
  private constructor(
    private readonly weights: Weights,
    private readonly options: CostOptions,
  ) {}

  /**
   * Reads @cost/@listSize applications from a composed supergraph SDL (names resolved through its
   * `@link(url: "https://specs.apollo.dev/cost/v0.1", import: [...])`, including `as:` renames and the `cost__`
   * prefixed form for names not imported; `@cost` itself is unprefixed when not imported, as the link spec has it for
   * a directive named like its spec). A subgraph SDL works too (its federation link). Throws only on unparsable SDL.
   */
  static fromSupergraph(supergraphSdl: string, options: CostOptions): DemandControl {
    return new DemandControl(readWeights(parse(supergraphSdl, { noLocation: true })), options);
  }

  /** Estimated cost of the operation that `operationName` selects (the only one when null). `schema` is the API schema Apollo Server hands plugins. */
  estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
    return this.estimateWithErrors(schema, document, operationName, variables).cost;
  }

  /** Like {@link estimate}, with the reasons (`requireOneSlicingArgument` broken) that make it Infinity. */
  estimateWithErrors(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): CostEstimate {
    try {
      let result: CostEstimate = { cost: 0, errors: [] };
      for (const operation of selectOperations(document, operationName)) {
        const estimator = new Estimator(schema, this.weights, this.options, document, withDefaults(operation, variables));
        const base = operation.operation === 'mutation' ? MUTATION_BASE_COST : 0;
        const cost = sane(base + estimator.selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, NO_SIZING));
        const errors = estimator.errors;
        if (errors.length || cost > result.cost) result = { cost: errors.length ? Infinity : cost, errors: [...result.errors, ...errors] };
      }
      return result;
    } catch (error) {
      // Nothing here should throw; if something does, refusing is the safe answer.
      return { cost: Infinity, errors: [`cost not computed: ${(error as Error)?.message ?? String(error)}`] };
    }
  }

  /**
   * Cost of the response actually produced, scored on the final response: Apollo's legacy `by_response_shape` mode.
   * Apollo's default is {@link bySubgraph}.
   */
  actual(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, data: unknown): number {
    try {
      const operation = selectOperations(document, operationName)[0];
      if (!operation) return 0;
      const base = operation.operation === 'mutation' ? MUTATION_BASE_COST : 0;
      return sane(base + new ResponseScorer(schema, this.weights, document, withDefaults(operation, variables)).root(operation, data));
    } catch {
      // A measurement that failed must not charge the client.
      return 0;
    }
  }

  /**
   * Apollo's default actual-cost mode, `by_subgraph`: the sum of the costs of every subgraph response the request
   * needed, entity fetches included. Start one per request, `add` each subgraph fetch's operation, variables and
   * response data (e.g. from the data source's `didReceiveResponse`), then read `total`.
   */
  bySubgraph(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): SubgraphCostTally {
    const operation = selectOperations(document, operationName)[0];
    return new SubgraphCostTally(schema, this.weights, operation?.operation === 'mutation' ? MUTATION_BASE_COST : 0);
  }
}

/** The running actual cost of one request, in Apollo's `by_subgraph` mode. */
export class SubgraphCostTally {
  private sum: number;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly weights: Weights,
    base: number,
  ) {
    this.sum = base;
  }

  /** The actual cost so far. */
  get total(): number {
    return sane(this.sum);
  }

  /** Adds one subgraph response: the fetch's operation (as sent), its variables and the response's `data`. */
  add(operation: string | DocumentNode, variables: Record<string, unknown>, data: unknown): void {
    try {
      const document = typeof operation === 'string' ? parse(operation, { noLocation: true }) : operation;
      const definition = selectOperations(document, null)[0];
      if (!definition) return;
      this.sum += new ResponseScorer(this.schema, this.weights, document, withDefaults(definition, variables ?? {})).root(definition, data);
    } catch {
      // An unreadable fetch adds nothing rather than failing the response.
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Estimation

class Estimator {
  readonly errors: string[] = [];
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly fragmentCosts = new Map<string, number>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly weights: Weights,
    private readonly options: CostOptions,
    document: DocumentNode,
    private readonly variables: Variables,
  ) {
    this.fragments = fragmentsOf(document);
  }

  selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, sizing: SizingContext): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection, this.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        total += this.field(selection, parentType, sizing);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType;
        total += this.selectionSet(selection.selectionSet, type ?? undefined, sizing);
      } else {
        total += this.fragmentSpread(selection.name.value, sizing);
      }
    }
    return total;
  }

  /** A fragment costs the same wherever it is spread under the same sizes: computed once, so nesting spreads cannot explode. */
  private fragmentSpread(name: string, sizing: SizingContext): number {
    const fragment = this.fragments.get(name);
    if (!fragment) return 0;
    const key = `${name}|${sizing.map((s) => `${s.sizedFields.id}:${s.expected}`).join(',')}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    if (this.inProgress.has(key)) return 0; // a fragment cycle: invalid, and validation refuses it
    this.inProgress.add(key);
    const cost = this.selectionSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined, sizing);
    this.inProgress.delete(key);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType | undefined, sizing: SizingContext): number {
    const name = node.name.value;
    // `__typename` is free; introspection (`__schema`, `__type`) is not demand-controlled.
    if (name.startsWith('__')) return 0;
    if (!parentType || !(isObjectType(parentType) || isInterfaceType(parentType))) return 0;
    const definition = parentType.getFields()[name];
    if (!definition) return 0;
    const weights = this.weights.fields.get(parentType.name)?.get(name);
    const type = getNamedType(definition.type);

    const own = (weights?.listSizes ?? []).map((spec) => this.listSize(spec, node, definition, `${parentType.name}.${name}`));
    let fromParent: number | undefined;
    const descended: { expected: number | undefined; sizedFields: SizedFields }[] = [];
    for (const applied of sizing) {
      if (applied.expected !== undefined && applied.sizedFields.leaves.has(name)) fromParent = max(fromParent, applied.expected);
      const deeper = applied.sizedFields.children.get(name);
      if (deeper) descended.push({ expected: applied.expected, sizedFields: deeper });
    }

    let instances = 1;
    if (isListType(getNullableType(definition.type))) {
      let expected: number | undefined;
      for (const size of [...own, ...descended]) if (size.expected !== undefined) expected = max(expected, size.expected);
      instances = fromParent ?? expected ?? this.options.defaultListSize;
    }

    const typeWeight = weights?.cost ?? this.weights.types.get(type.name) ?? (isCompositeType(type) ? 1 : 0);
    let selections = 0;
    if (node.selectionSet) {
      const inherited: SizingContext = [
        ...own.flatMap((size) => (size.sizedFields ? [{ expected: size.expected, sizedFields: size.sizedFields }] : [])),
        ...descended,
      ];
      selections = this.selectionSet(node.selectionSet, type, inherited.length ? inherited : NO_SIZING);
    }
    return times(instances, typeWeight + selections) + argumentsCost(this.schema, this.weights, node, definition, parentType.name, this.variables);
  }

  private listSize(spec: ListSizeSpec, node: FieldNode, definition: GraphQLField<unknown, unknown>, where: string): ListSize {
    if (!spec.slicingArguments) return { expected: spec.assumedSize ?? undefined, sizedFields: spec.sizedFields };
    const sizes: number[] = [];
    for (const [argument, ...path] of spec.slicingArguments) {
      let value = argumentValue(node, definition, argument!, this.variables);
      for (const key of path) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Variables)[key] : undefined;
      const size = sizeOf(value);
      if (size !== undefined) sizes.push(size);
    }
    if (spec.requireOneSlicingArgument && sizes.length !== 1) {
      const names = spec.slicingArguments.map((path) => path.join('.')).join(', ');
      this.errors.push(`${where} needs exactly one of its slicing arguments (${names}); the operation gives ${sizes.length}`);
    }
    return { expected: sizes.length ? Math.max(...sizes) : spec.assumedSize ?? undefined, sizedFields: spec.sizedFields };
  }
}

/** The value an argument has for this field: given, from a variable, or the schema's default when left out. */
function argumentValue(node: FieldNode, definition: GraphQLField<unknown, unknown>, name: string, variables: Variables): unknown {
  const given = node.arguments?.find((argument) => argument.name.value === name);
  const fallback = definition.args.find((argument) => argument.name === name)?.defaultValue;
  if (!given) return fallback;
  if (given.value.kind === Kind.VARIABLE) {
    const value = variables[given.value.name.value];
    return value === undefined ? fallback : value; // an unset variable leaves the argument out
  }
  return valueFromASTUntyped(given.value, variables);
}

/** A list size read from an argument: an integer (negative counts as 0) or the length of a list. */
function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return Math.max(0, value);
  if (Array.isArray(value)) return value.length;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments (estimate and actual alike)

function argumentsCost(
  schema: GraphQLSchema,
  weights: Weights,
  node: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  parentTypeName: string,
  variables: Variables,
): number {
  if (!node.arguments?.length) return 0;
  let total = 0;
  const argumentCosts = weights.fields.get(parentTypeName)?.get(node.name.value)?.argumentCosts;
  for (const argument of node.arguments) {
    const argumentDefinition = definition.args.find((candidate) => candidate.name === argument.name.value);
    if (!argumentDefinition) continue;
    const type = getNamedType(argumentDefinition.type);
    const weight = argumentCosts?.get(argument.name.value) ?? weights.types.get(type.name);
    total += inputCost(schema, weights, valueOf(argument, variables), type, weight);
  }
  return total;
}

function valueOf(argument: ArgumentNode, variables: Variables): unknown {
  return argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : valueFromASTUntyped(argument.value, variables);
}

function inputCost(schema: GraphQLSchema, weights: Weights, value: unknown, type: GraphQLNamedType, weight: number | undefined): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    let total = weight ?? 0;
    for (const item of value) total += inputCost(schema, weights, item, type, weight);
    return total;
  }
  if (typeof value === 'object' && isInputObjectType(type)) {
    let total = weight ?? 1;
    const fields = type.getFields();
    for (const [name, inner] of Object.entries(value as Variables)) {
      const field = fields[name];
      if (!field) continue;
      const fieldType = getNamedType(field.type);
      total += inputCost(schema, weights, inner, fieldType, weights.inputFields.get(type.name)?.get(name) ?? weights.types.get(fieldType.name));
    }
    return total;
  }
  return weight ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Actual cost

class ResponseScorer {
  private readonly fragments: Map<string, FragmentDefinitionNode>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly weights: Weights,
    document: DocumentNode,
    private readonly variables: Variables,
  ) {
    this.fragments = fragmentsOf(document);
  }

  root(operation: OperationDefinitionNode, data: unknown): number {
    if (!isRecord(data)) return 0;
    const root = this.schema.getRootType(operation.operation) ?? undefined;
    return this.selections(operation.selectionSet, root, data, new Set());
  }

  /**
   * The fields of `selectionSet` present in `object`. Like execution, a named fragment is collected once per object,
   * so the work stays proportional to the response.
   */
  private selections(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, object: Variables, spread: Set<string>): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection, this.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (key in object) total += this.field(parentType, selection, object[key], true);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) ?? undefined : parentType;
        if (this.applies(type, object)) total += this.selections(selection.selectionSet, type, object, spread);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        const type = this.schema.getType(fragment.typeCondition.name.value) ?? undefined;
        if (this.applies(type, object)) total += this.selections(fragment.selectionSet, type, object, spread);
      }
    }
    return total;
  }

  private field(parentType: GraphQLNamedType | undefined, node: FieldNode, value: unknown, withArguments: boolean): number {
    const name = node.name.value;
    if (name === '__typename') return 0;
    const definition = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
    // A subgraph fetch's `_entities` is not in the API schema: each entity is an object (1) with the selections of its fragments.
    const entities = !definition && name === '_entities' && parentType === this.schema.getQueryType();
    if (!definition && !entities) return 0;

    const type = definition ? getNamedType(definition.type) : undefined;
    const weight = definition ? (this.weights.fields.get(parentType!.name)?.get(name)?.cost ?? this.weights.types.get(type!.name)) : undefined;
    let total = 0;
    if (Array.isArray(value)) {
      for (const item of value) total += this.field(parentType, node, item, false);
    } else if (isRecord(value)) {
      total += weight ?? 1;
      if (node.selectionSet) total += this.selections(node.selectionSet, type, value, new Set());
    } else {
      total += weight ?? 0;
    }
    if (withArguments && definition) total += argumentsCost(this.schema, this.weights, node, definition, parentType!.name, this.variables);
    return total;
  }

  /** Whether a fragment on `type` applies to `object`: unknown unless the response names the object's type. */
  private applies(type: GraphQLNamedType | undefined, object: Variables): boolean {
    const typename = object.__typename;
    if (!type || typeof typename !== 'string' || type.name === typename) return true;
    if (!isAbstractType(type)) return false;
    const concrete = this.schema.getType(typename);
    return !isObjectType(concrete) || this.schema.isSubType(type, concrete);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the supergraph

function readWeights(document: DocumentNode): Weights {
  const names = directiveNames(document);
  const weights: Weights = { types: new Map(), fields: new Map(), inputFields: new Map() };
  if (!names.cost && !names.listSize) return weights;
  let sizedFieldsId = 0;

  const costOf = (directives: readonly DirectiveNode[] | undefined): number | undefined => {
    const directive = directives?.find((d) => d.name.value === names.cost);
    const weight = directive?.arguments?.find((a) => a.name.value === 'weight')?.value;
    return weight?.kind === Kind.INT ? Number.parseInt(weight.value, 10) : undefined;
  };
  const listSizesOf = (directives: readonly DirectiveNode[] | undefined): ListSizeSpec[] =>
    (directives ?? [])
      .filter((d) => d.name.value === names.listSize)
      .map((directive) => {
        const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
        const assumed = argument('assumedSize');
        const slicing = strings(argument('slicingArguments'));
        const sized = strings(argument('sizedFields'));
        const requireOne = argument('requireOneSlicingArgument');
        return {
          assumedSize: assumed?.kind === Kind.INT ? Math.max(0, Number.parseInt(assumed.value, 10)) : null,
          slicingArguments: slicing ? slicing.map((path) => path.split('.')) : null,
          sizedFields: sized ? parseSizedFields(sized, () => ++sizedFieldsId) : null,
          requireOneSlicingArgument: requireOne?.kind === Kind.BOOLEAN ? requireOne.value : true,
        };
      });

  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION: {
        const typeName = definition.name.value;
        const typeCost = costOf(definition.directives);
        if (typeCost !== undefined) weights.types.set(typeName, typeCost);
        for (const field of definition.fields ?? []) {
          const entry: FieldWeights = {};
          const cost = costOf(field.directives);
          if (cost !== undefined) entry.cost = cost;
          const listSizes = listSizesOf(field.directives);
          if (listSizes.length) entry.listSizes = listSizes;
          for (const argument of field.arguments ?? []) {
            const argumentCost = costOf(argument.directives);
            if (argumentCost !== undefined) (entry.argumentCosts ??= new Map()).set(argument.name.value, argumentCost);
          }
          if (entry.cost !== undefined || entry.listSizes || entry.argumentCosts) {
            let fields = weights.fields.get(typeName);
            if (!fields) weights.fields.set(typeName, (fields = new Map()));
            fields.set(field.name.value, entry);
          }
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        for (const field of definition.fields ?? []) {
          const cost = costOf(field.directives);
          if (cost === undefined) continue;
          let fields = weights.inputFields.get(definition.name.value);
          if (!fields) weights.inputFields.set(definition.name.value, (fields = new Map()));
          fields.set(field.name.value, cost);
        }
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_EXTENSION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION: {
        const cost = costOf(definition.directives);
        if (cost !== undefined) weights.types.set(definition.name.value, cost);
        break;
      }
      default:
        break;
    }
  }
  return weights;
}

/**
 * The names `@cost` and `@listSize` have in this schema, by the link spec (https://specs.apollo.dev/link/v1.0):
 * an imported name (or its `as:` alias); else `<spec>__<name>`, where `<spec>` is the link's `as:` or the spec's
 * name, except that a directive named like its spec (`@cost` of the cost spec) is just `@<spec>`. The cost spec's
 * link decides (a supergraph's); without one, the federation spec's (a subgraph's).
 */
function directiveNames(document: DocumentNode): { cost: string | null; listSize: string | null } {
  const links: { url: string; as: string | null; imports: Map<string, string> }[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
      const url = argument('url');
      if (url?.kind !== Kind.STRING) continue;
      const as = argument('as');
      const imports = new Map<string, string>();
      const list = argument('import');
      for (const element of list?.kind === Kind.LIST ? list.values : list ? [list] : []) {
        if (element.kind === Kind.STRING) {
          imports.set(element.value.replace(/^@/, ''), element.value.replace(/^@/, ''));
        } else if (element.kind === Kind.OBJECT) {
          const name = element.fields.find((f) => f.name.value === 'name')?.value;
          const alias = element.fields.find((f) => f.name.value === 'as')?.value;
          if (name?.kind === Kind.STRING) imports.set(name.value.replace(/^@/, ''), (alias?.kind === Kind.STRING ? alias.value : name.value).replace(/^@/, ''));
        }
      }
      links.push({ url: url.value, as: as?.kind === Kind.STRING ? as.value : null, imports });
    }
  }
  const link = links.find((l) => COST_SPEC_URL.test(l.url)) ?? links.find((l) => FEDERATION_SPEC_URL.test(l.url));
  if (!link) return { cost: null, listSize: null };
  const spec = link.as ?? (COST_SPEC_URL.test(link.url) ? 'cost' : 'federation');
  const specIdentity = COST_SPEC_URL.test(link.url) ? 'cost' : 'federation';
  const nameOf = (element: string) => link.imports.get(element) ?? (element === specIdentity ? spec : `${spec}__${element}`);
  return { cost: nameOf('cost'), listSize: nameOf('listSize') };
}

/** `sizedFields` entries, each a field name or a path such as `"results { page }"`, as one tree. */
function parseSizedFields(entries: string[], nextId: () => number): SizedFields {
  const selectionSets: SelectionSetNode[] = [];
  for (const entry of entries) {
    try {
      const parsed = parse(`{ ${entry} }`, { noLocation: true }).definitions[0];
      if (parsed?.kind === Kind.OPERATION_DEFINITION) selectionSets.push(parsed.selectionSet);
    } catch {
      // An unparsable entry sizes nothing.
    }
  }
  const build = (sets: SelectionSetNode[]): SizedFields => {
    const leaves = new Set<string>();
    const deeper = new Map<string, SelectionSetNode[]>();
    for (const set of sets) {
      for (const selection of set.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.name.value;
        if (selection.selectionSet) deeper.set(name, [...(deeper.get(name) ?? []), selection.selectionSet]);
        else leaves.add(name);
      }
    }
    // As in the router, a name that leads deeper is not itself sized.
    for (const name of deeper.keys()) leaves.delete(name);
    return { id: nextId(), leaves, children: new Map([...deeper].map(([name, inner]) => [name, build(inner)])) };
  };
  return build(selectionSets);
}

function strings(value: ValueNode | undefined): string[] | null {
  if (!value) return null;
  if (value.kind === Kind.STRING) return [value.value];
  if (value.kind !== Kind.LIST) return null;
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** The operation `operationName` names; without a name, the only one (or, in an ambiguous document, all of them). */
function selectOperations(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.filter((operation) => operation.name?.value === operationName).slice(0, 1);
  return operations;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The request's variables with the operation's defaults for those not given. */
function withDefaults(operation: OperationDefinitionNode, variables: Variables): Variables {
  const given = isRecord(variables) ? variables : {};
  let merged: Variables | null = null;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && given[name] === undefined) {
      merged ??= { ...given };
      merged[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return merged ?? given;
}

/** `@skip(if: true)` and `@include(if: false)`, literal or from a variable, remove a selection. */
function included(selection: SelectionNode, variables: Variables): boolean {
  return conditionsAllow(selection.directives, variables);
}

function isRecord(value: unknown): value is Variables {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function max(a: number | undefined, b: number): number {
  return a === undefined ? b : Math.max(a, b);
}

/** `count × cost`, where nothing times anything (even Infinity) is nothing. */
function times(count: number, cost: number): number {
  return count === 0 || cost === 0 ? 0 : count * cost;
}

/** Never NaN (it could slip past a `>` check) and never below zero. */
function sane(cost: number): number {
  if (Number.isNaN(cost)) return Infinity;
  return Math.max(0, cost);
}
