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
  const scopes = new Set<string>(viewer?.roles ?? []);
  const denied: string[] = [];
  let needsIdentity = false;
  const check = (coordinate: string) => {
    const requirement = rules.get(coordinate);
    if (!requirement) return;
    if (!viewer) {
      needsIdentity = true;
      denied.push(coordinate);
    } else if (requirement.scopes.length && !requirement.scopes.some((all) => all.every((scope) => scopes.has(scope)))) {
      denied.push(coordinate);
    }
  };

  const typeInfo = new TypeInfo(schema);
  const otherOperations = new Set(document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d !== operation));
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        return otherOperations.has(node) ? false : undefined;
      },
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        check(parent.name);
        check(`${parent.name}.${field.name}`);
        check(getNamedType(field.type).name);
      },
    }),
  );
  if (denied.length === 0) return null;
  const fields = [...new Set(denied)].join(', ');
  return needsIdentity
    ? new GraphQLError(`Sign in to read ${fields}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } })
    : new GraphQLError(`Your role does not allow ${fields}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
