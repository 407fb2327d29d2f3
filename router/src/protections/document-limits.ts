import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, visit, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { RouterConfig } from '../config';

/**
 * Depth, aliases and directives are counted by GraphQL Armor's validation rules (through fragments), so a document
 * over a limit fails validation — `GRAPHQL_VALIDATION_FAILED`, HTTP 400 — before anything is planned. Armor would
 * throw out of validation instead; its rejection is reported as an ordinary validation error here.
 * Tokens and recursive selections are Apollo Server's own `parseOptions.maxTokens` and `maxRecursiveSelections`.
 */
export function documentLimitRules(config: Pick<RouterConfig, 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES'>): ValidationRule[] {
  const report = (what: string) => ({
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, `The document exceeds the router's ${what} limit: `)));
      },
    ],
  });
  return [
    maxDepthRule({ n: config.MAX_DEPTH, ...report('depth') }),
    maxAliasesRule({ n: config.MAX_ALIASES, ...report('alias') }),
    maxDirectivesRule({ n: config.MAX_DIRECTIVES, ...report('directive') }),
  ] as ValidationRule[];
}

const NUL = '\u0000';

/** Apollo Server reuses the parsed document of a repeated query, so its literals are scanned once. */
const scanned = new WeakMap<DocumentNode, boolean>();

function literalNul(document: DocumentNode): boolean {
  let found = scanned.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes(NUL)) found = true;
      },
    });
    scanned.set(document, found);
  }
  return found;
}

/**
 * Lists and objects nested deeper than this in a request's variables are refused (`BAD_USER_INPUT`, 400): no input
 * type of a storefront's schema comes near it, and a deeper value would only exhaust the stack of whatever walks it.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** Whether a value of the variables nests lists and objects deeper than `max` (walked without recursion). */
export function variablesTooDeep(variables: Record<string, unknown> | undefined, max = MAX_VARIABLE_DEPTH): boolean {
  const stack: Array<[unknown, number]> = Object.values(variables ?? {}).map((value) => [value, 1]);
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) return true;
    for (const inner of Array.isArray(value) ? value : Object.values(value)) stack.push([inner, depth + 1]);
  }
  return false;
}

/**
 * Where a NUL character hides in a request: a string literal of the document, or any string inside the variables.
 * PostgreSQL refuses NUL in text, so it is caught at the edge as the client's mistake. Returns the location or null.
 */
export function findNul(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  if (literalNul(document)) return 'a string in the document';
  const scan = (value: unknown, path: string): string | null => {
    if (typeof value === 'string') return value.includes(NUL) || path.includes(NUL) ? path : null;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const hit = scan(value[i], `${path}[${i}]`);
        if (hit) return hit;
      }
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes(NUL)) return `${path}.(a key)`;
        const hit = scan(inner, `${path}.${key}`);
        if (hit) return hit;
      }
    }
    return null;
  };
  for (const [name, value] of Object.entries(variables ?? {})) {
    const hit = scan(value, `$${name}`);
    if (hit) return `variable ${hit.replace(/\u0000/g, '')}`;
  }
  return null;
}
