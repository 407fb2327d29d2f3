import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  parse,
  print,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Viewer } from '@zero/service';
import { stringArgument } from './supergraph-directives';

/**
 * What the schema's authorization directives require of one type or field: `@authenticated`, and/or
 * `@requiresScopes(scopes: [[A, B], [C]])` — any one inner list, all of whose scopes the caller holds.
 */
export interface Requirement {
  authenticated: boolean;
  scopes: string[][];
}

/** Requirements by schema coordinate: `Type` or `Type.field`. */
export type AuthorizationRules = Map<string, Requirement>;

const SECURITY_SPECS = {
  'https://specs.apollo.dev/authenticated/': 'authenticated',
  'https://specs.apollo.dev/requiresScopes/': 'requiresScopes',
} as const;

/**
 * Reads the authorization directives from a composed supergraph and returns the rules, plus a copy of the
 * supergraph that `@apollo/gateway` accepts: the gateway refuses `@link(…, for: SECURITY)` features it does not
 * implement, so the `for:` argument is dropped — the router enforces them itself, before planning.
 */
export function readAuthorization(supergraphSdl: string | DocumentNode): { rules: AuthorizationRules; gatewaySdl: string } {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const names = { authenticated: 'authenticated', requiresScopes: 'requiresScopes' };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const url = stringArgument(directive, 'url');
      const spec = Object.entries(SECURITY_SPECS).find(([prefix]) => url?.startsWith(prefix))?.[1];
      if (spec) names[spec] = stringArgument(directive, 'as') ?? spec;
    }
  }

  const rules: AuthorizationRules = new Map();
  const add = (coordinate: string, directives: readonly DirectiveNode[] | undefined) => {
    const requirement = requirementOf(directives, names);
    if (requirement) rules.set(coordinate, requirement);
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    add(typeName, definition.directives);
    if ('fields' in definition && definition.fields) {
      for (const field of definition.fields) add(`${typeName}.${field.name.value}`, field.directives);
    }
  }

  const gatewayDocument = visit(document, {
    Directive(node) {
      if (node.name.value !== 'link') return undefined;
      const url = stringArgument(node, 'url');
      if (!url || !Object.keys(SECURITY_SPECS).some((prefix) => url.startsWith(prefix))) return undefined;
      return { ...node, arguments: node.arguments?.filter((arg) => arg.name.value !== 'for') };
    },
  });
  return { rules, gatewaySdl: print(gatewayDocument) };
}

function requirementOf(
  directives: readonly DirectiveNode[] | undefined,
  names: { authenticated: string; requiresScopes: string },
): Requirement | null {
  let requirement = null as Requirement | null;
  for (const directive of directives ?? []) {
    if (directive.name.value === names.authenticated) {
      requirement = { authenticated: true, scopes: requirement?.scopes ?? [] };
    } else if (directive.name.value === names.requiresScopes) {
      const arg = directive.arguments?.find((a) => a.name.value === 'scopes')?.value;
      const scopes =
        arg?.kind === Kind.LIST
          ? arg.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []))
          : [];
      requirement = { authenticated: true, scopes: [...(requirement?.scopes ?? []), ...scopes] };
    }
  }
  return requirement;
}

/** The coordinates an operation reaches that carry a requirement, each once, in the order the operation reaches them. */
type Needed = ReadonlyArray<readonly [coordinate: string, requirement: Requirement]>;

/**
 * What each parsed document needs, per operation: it depends on the document, the schema and the rules, never on
 * the caller, so it is worked out once. Apollo Server keeps one parsed document per query text (its document store),
 * so the walk over the document with type information — the router's costliest step per request when it ran every
 * time — runs once per document; the entry goes with the document, and a new schema or new rules start afresh.
 */
const neededByDocument = new WeakMap<DocumentNode, { schema: GraphQLSchema; rules: AuthorizationRules; byOperation: Map<OperationDefinitionNode, Needed> }>();

function neededFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rules: AuthorizationRules): Needed {
  let entry = neededByDocument.get(document);
  if (!entry || entry.schema !== schema || entry.rules !== rules) {
    entry = { schema, rules, byOperation: new Map() };
    neededByDocument.set(document, entry);
  }
  const known = entry.byOperation.get(operation);
  if (known) return known;

  const needed = new Map<string, Requirement>();
  const note = (coordinate: string) => {
    const requirement = rules.get(coordinate);
    if (requirement && !needed.has(coordinate)) needed.set(coordinate, requirement);
  };
  const typeInfo = new TypeInfo(schema);
  const reached = fragmentsReached(document, operation);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Only this operation and the fragments it spreads (other operations and their fragments do not run).
      OperationDefinition(node) {
        return node === operation ? undefined : false;
      },
      FragmentDefinition(node) {
        return reached.has(node.name.value) ? undefined : false;
      },
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        note(parent.name);
        note(`${parent.name}.${field.name}`);
        note(getNamedType(field.type).name);
      },
    }),
  );
  const list: Needed = [...needed];
  entry.byOperation.set(operation, list);
  return list;
}

/** The names of the fragments an operation spreads, directly or through other fragments. */
function fragmentsReached(document: DocumentNode, operation: OperationDefinitionNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const reached = new Set<string>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (reached.has(name) || !fragment) return;
        reached.add(name);
        walk(fragment);
      },
    });
  walk(operation);
  return reached;
}

/**
 * Checks every field an operation selects (through its fragments too) against the rules. Returns the error to
 * answer with — UNAUTHENTICATED when there is no viewer, FORBIDDEN when the viewer lacks a scope — or null.
 */
export function authorize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rules: AuthorizationRules,
  viewer: Viewer | null,
): GraphQLError | null {
  if (rules.size === 0) return null;
  const needed = neededFor(schema, document, operation, rules);
  if (needed.length === 0) return null;
  if (!viewer) {
    const fields = needed.map(([coordinate]) => coordinate).join(', ');
    return new GraphQLError(`Sign in to read ${fields}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  const scopes = new Set<string>(viewer.roles ?? []);
  const denied = needed.filter(([, requirement]) => requirement.scopes.length && !requirement.scopes.some((all) => all.every((scope) => scopes.has(scope))));
  if (denied.length === 0) return null;
  const fields = denied.map(([coordinate]) => coordinate).join(', ');
  return new GraphQLError(`Your role does not allow ${fields}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
