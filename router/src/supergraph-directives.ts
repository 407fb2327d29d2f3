import { Kind, visit, type ASTNode, type DirectiveNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** A directive's string argument, if it is given as a string literal. */
export function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/**
 * The name under which a supergraph uses a directive of a linked spec: `@link(url: "<spec>/vX", import: ["@name"])`
 * (or `{ name: "@name", as: "@alias" }`) gives `name`/`alias`; a link without the import gives the namespaced
 * `<as or spec name>__name`; no link at all gives `fallback` unchanged.
 */
export function linkedDirectiveName(document: DocumentNode, specPrefix: string, fallback: string): string {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const url = stringArgument(directive, 'url');
      if (!url?.startsWith(specPrefix)) continue;
      const imports = directive.arguments?.find((a) => a.name.value === 'import')?.value;
      if (imports?.kind === Kind.LIST) {
        for (const item of imports.values) {
          if (item.kind === Kind.STRING && item.value === `@${fallback}`) return fallback;
          if (item.kind === Kind.OBJECT) {
            const field = (n: string) => item.fields.find((f) => f.name.value === n)?.value;
            const name = field('name');
            const as = field('as');
            if (name?.kind === Kind.STRING && name.value === `@${fallback}`) return as?.kind === Kind.STRING ? as.value.replace(/^@/, '') : fallback;
          }
        }
      }
      const namespace = stringArgument(directive, 'as') ?? url.slice(specPrefix.length - 1).split('/').filter(Boolean)[0] ?? fallback;
      return `${namespace}__${fallback}`;
    }
  }
  return fallback;
}

/**
 * How many times each fragment's selections are part of the operation: once per spread in the operation, plus
 * once per spread inside another fragment times that fragment's own count. Unused fragments count 0. Documents
 * reaching this are validated, so fragments do not form cycles.
 */
export function fragmentMultiplicity(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Map<string, number> {
  const direct = (node: ASTNode) => {
    const counts = new Map<string, number>();
    visit(node, {
      FragmentSpread(spread) {
        counts.set(spread.name.value, (counts.get(spread.name.value) ?? 0) + 1);
      },
    });
    return counts;
  };
  const inFragment = new Map([...fragments].map(([name, fragment]) => [name, direct(fragment)]));
  const inOperation = direct(operation);
  const memo = new Map<string, number>();
  const count = (name: string, depth = 0): number => {
    if (memo.has(name)) return memo.get(name)!;
    if (depth > fragments.size) return 0; // a cycle: invalid, counted as nothing
    let total = inOperation.get(name) ?? 0;
    for (const [parent, spreads] of inFragment) {
      const n = spreads.get(name);
      if (n) total += n * count(parent, depth + 1);
    }
    memo.set(name, total);
    return total;
  };
  for (const name of fragments.keys()) count(name);
  return memo;
}

/**
 * Whether `@skip` / `@include` (`if` a literal or a variable) let a selection into the response, for these variables
 * (with the operation's defaults applied).
 */
export function conditionsAllow(directives: readonly DirectiveNode[] | undefined, variables: Record<string, unknown>): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = condition?.kind === Kind.BOOLEAN ? condition.value : condition?.kind === Kind.VARIABLE ? variables[condition.name.value] : undefined;
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value === false) return false;
  }
  return true;
}
