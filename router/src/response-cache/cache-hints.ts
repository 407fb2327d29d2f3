import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { linkedDirectiveName } from '../supergraph-directives';

export type CacheScope = 'PUBLIC' | 'PRIVATE';

/** One `@cacheControl(maxAge, scope, inheritMaxAge)` application. */
export interface CacheHint {
  maxAge?: number;
  scope?: CacheScope;
  inheritMaxAge?: boolean;
}

/** How long a whole response may be reused, and by whom. `maxAge` 0 means not at all. */
export interface CachePolicy {
  maxAge: number;
  scope: CacheScope;
}

const CACHE_CONTROL_SPEC = 'https://specs.project-zero.dev/cacheControl/';

/**
 * The supergraph's `@cacheControl` hints (a directive of ours with Apollo Server's signature, composed into the
 * supergraph with `@composeDirective`), and the cache policy of an operation under them — computed by Apollo
 * Server's rules (its cache control plugin), from the document alone, before anything runs:
 *
 * - a field's hint is its own, else (for a field returning an object, interface or union) its type's;
 * - a root field, or a field returning a composite type, without a hint gets `maxAge` 0 (uncacheable) — unless it,
 *   or its type, says `inheritMaxAge`; a scalar or enum field without one inherits (restricts nothing);
 * - the response's `maxAge` is the smallest of its fields', and it is `PRIVATE` if any field or type says so.
 *
 * Statically, one thing differs: a field returning an interface or union without a hint of its own takes the most
 * restrictive hint among its possible types (the runtime type is not known yet). `@skip`/`@include` are ignored,
 * which can only make a policy stricter.
 */
export class CacheControl {
  private readonly memo = new WeakMap<DocumentNode, Map<string, CachePolicy>>();

  constructor(
    private readonly types: Map<string, CacheHint>,
    private readonly fields: Map<string, CacheHint>,
  ) {}

  static fromSupergraph(supergraph: string | DocumentNode): CacheControl {
    const document = typeof supergraph === 'string' ? parse(supergraph) : supergraph;
    const name = linkedDirectiveName(document, CACHE_CONTROL_SPEC, 'cacheControl');
    const types = new Map<string, CacheHint>();
    const fields = new Map<string, CacheHint>();
    for (const definition of document.definitions) {
      if (
        definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        definition.kind !== Kind.INTERFACE_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_EXTENSION &&
        definition.kind !== Kind.UNION_TYPE_DEFINITION && definition.kind !== Kind.UNION_TYPE_EXTENSION
      ) continue;
      const typeHint = hintOf(definition.directives, name);
      if (typeHint) types.set(definition.name.value, typeHint);
      if (definition.kind === Kind.UNION_TYPE_DEFINITION || definition.kind === Kind.UNION_TYPE_EXTENSION) continue;
      for (const field of definition.fields ?? []) {
        const fieldHint = hintOf(field.directives, name);
        if (fieldHint) fields.set(`${definition.name.value}.${field.name.value}`, fieldHint);
      }
    }
    return new CacheControl(types, fields);
  }

  /** The policy of the named operation of a validated document (memoized per document). */
  policy(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CachePolicy {
    const key = operationName ?? '';
    let byName = this.memo.get(document);
    const known = byName?.get(key);
    if (known) return known;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
    );
    const policy = operation ? this.compute(schema, document, operation) : { maxAge: 0, scope: 'PRIVATE' as const };
    if (!byName) this.memo.set(document, (byName = new Map()));
    byName.set(key, policy);
    return policy;
  }

  private compute(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
    const root = schema.getRootType(operation.operation);
    if (operation.operation !== 'query' || !root) return { maxAge: 0, scope: 'PRIVATE' };
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    let maxAge = Infinity;
    let scope: CacheScope = 'PUBLIC';
    const restrict = (hint: CacheHint) => {
      if (hint.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
      if (hint.scope === 'PRIVATE') scope = 'PRIVATE';
    };
    const visiting = new Set<string>();
    const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
      for (const selection of selectionSet.selections) {
        if (maxAge === 0 && scope === 'PRIVATE') return; // nothing can get stricter
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const narrowed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (narrowed && isCompositeType(narrowed)) walk(selection.selectionSet, narrowed, isRoot);
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          const narrowed = fragment && schema.getType(fragment.typeCondition.name.value);
          if (!fragment || !narrowed || !isCompositeType(narrowed) || visiting.has(fragment.name.value)) continue;
          visiting.add(fragment.name.value);
          walk(fragment.selectionSet, narrowed, isRoot);
          visiting.delete(fragment.name.value);
          continue;
        }
        const fieldName = selection.name.value;
        if (fieldName === '__typename') continue;
        if (fieldName.startsWith('__')) {
          restrict({ maxAge: 0 }); // introspection is not cached
          continue;
        }
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[fieldName] : undefined;
        if (!definition) continue;
        const target = getNamedType(definition.type);
        const composite = isCompositeType(target);
        const fieldPolicy: CacheHint = {};
        let inherit = false;
        if (composite) {
          const typeHint = this.typeHint(schema, target);
          Object.assign(fieldPolicy, withoutInherit(typeHint));
          inherit = Boolean(typeHint.inheritMaxAge);
        }
        const fieldHint = this.fields.get(`${parent.name}.${fieldName}`) ?? {};
        if (fieldHint.inheritMaxAge && fieldPolicy.maxAge === undefined) {
          inherit = true;
          if (fieldHint.scope) fieldPolicy.scope = fieldHint.scope;
        } else {
          Object.assign(fieldPolicy, withoutInherit(fieldHint));
        }
        if (fieldPolicy.maxAge === undefined && ((composite && !inherit) || isRoot)) fieldPolicy.maxAge = 0;
        restrict(fieldPolicy);
        if (composite && selection.selectionSet) walk(selection.selectionSet, target, false);
      }
    };
    walk(operation.selectionSet, root, true);
    return { maxAge: Number.isFinite(maxAge) ? maxAge : 0, scope };
  }

  /** A type's hint; for an interface or union without one, the strictest of its possible types'. */
  private typeHint(schema: GraphQLSchema, type: GraphQLCompositeType): CacheHint {
    const own = this.types.get(type.name);
    if (own || !isAbstractType(type)) return own ?? {};
    let strictest: CacheHint | undefined;
    for (const possible of schema.getPossibleTypes(type)) {
      const hint = this.types.get(possible.name) ?? {};
      if (hint.maxAge === undefined && !hint.inheritMaxAge) return { maxAge: 0 };
      strictest = {
        maxAge: Math.min(strictest?.maxAge ?? Infinity, hint.maxAge ?? Infinity),
        scope: strictest?.scope === 'PRIVATE' || hint.scope === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC',
      };
    }
    if (!strictest) return {};
    return { ...(Number.isFinite(strictest.maxAge) ? { maxAge: strictest.maxAge } : { inheritMaxAge: true }), scope: strictest.scope! };
  }
}

function withoutInherit(hint: CacheHint): CacheHint {
  const { inheritMaxAge: _inherit, ...rest } = hint;
  return rest;
}

function hintOf(directives: readonly DirectiveNode[] | undefined, name: string): CacheHint | undefined {
  const directive = directives?.find((d) => d.name.value === name);
  if (!directive) return undefined;
  const hint: CacheHint = {};
  for (const argument of directive.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'maxAge' && value.kind === Kind.INT) hint.maxAge = Number(value.value);
    if (argument.name.value === 'scope' && value.kind === Kind.ENUM && (value.value === 'PUBLIC' || value.value === 'PRIVATE')) hint.scope = value.value;
    if (argument.name.value === 'inheritMaxAge' && value.kind === Kind.BOOLEAN) hint.inheritMaxAge = value.value;
  }
  return hint;
}
