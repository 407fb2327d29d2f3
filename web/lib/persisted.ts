/**
 * The storefront's persisted operations: lib/gql/persisted-documents.json (hash → body), written by codegen.
 * Every request the storefront sends to the router is one of these, sent by its hash (the body follows only when
 * a development router has not seen it yet). The browser names an operation; the Next server looks it up here and
 * refuses anything else, so the storefront can never be used to run a document that is not in its list.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import documents from './gql/persisted-documents.json';

export interface PersistedOperation {
  hash: string;
  name: string;
  type: 'query' | 'mutation';
  body: string;
  /** The operation declares `$cartId`: the Next server fills it with the guest cart's id. */
  takesCartId: boolean;
}

const byName = new Map<string, PersistedOperation>();
const byHash = new Map<string, PersistedOperation>();
for (const [hash, body] of Object.entries(documents as Record<string, string>)) {
  const definition = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition?.name || definition.operation === 'subscription') continue;
  const takesCartId = Boolean(definition.variableDefinitions?.some((v) => v.variable.name.value === 'cartId'));
  const op: PersistedOperation = { hash, name: definition.name.value, type: definition.operation, body, takesCartId };
  byName.set(op.name, op);
  byHash.set(hash, op);
}

export const operationByName = (name: string) => byName.get(name);
export const operationByHash = (hash: string) => byHash.get(hash);
export const allOperations = () => [...byHash.values()];
