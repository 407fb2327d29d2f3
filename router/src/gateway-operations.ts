import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Operation } from '@apollo/federation-internals';

type OperationFromDocument = (schema: unknown, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => Operation;

/**
 * `@apollo/gateway` turns the operation it is about to execute into federation-internals' `Operation` on every
 * request (`executeQueryPlan` → `operationFromDocument(apiSchema, …, { validate: false })`), although the query plan
 * it executes is cached per document. The result depends only on the API schema and the parsed operation, and
 * Apollo Server keeps one parsed document per query text (its document store), so the same operation node comes
 * back for every request of a query. A CPU profile of the router under the storefront's mix put that conversion at
 * the top of the gateway's own execution (250 ms of 360); this remembers it per schema and operation node, for that
 * call alone: any other call (planning, which validates; a document whose first definition is not an operation)
 * goes straight through. The entries go with the schema and the document.
 *
 * Installed once, by replacing the function on federation-internals' `operations` module, which the package's
 * index re-exports by a getter and the gateway calls through that index on each execution. The gateway and
 * federation-internals are pinned to one version together (package.json); `gateway-operations.test.ts` checks the
 * index hands out the remembered conversion, and the router's integration tests run every query through it.
 */
export function rememberGatewayOperations(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const operations = require('@apollo/federation-internals/dist/operations') as { operationFromDocument: OperationFromDocument & { remembered?: true } };
  if (operations.operationFromDocument.remembered) return;
  const convert = operations.operationFromDocument;
  const bySchema = new WeakMap<object, WeakMap<OperationDefinitionNode, Operation>>();
  const remembered: OperationFromDocument = (schema, document, options) => {
    const first = document.definitions[0];
    if (options?.validate !== false || options.operationName || first?.kind !== Kind.OPERATION_DEFINITION || typeof schema !== 'object' || !schema) {
      return convert(schema, document, options);
    }
    let byOperation = bySchema.get(schema);
    if (!byOperation) bySchema.set(schema, (byOperation = new WeakMap()));
    let operation = byOperation.get(first);
    if (!operation) {
      operation = convert(schema, document, options);
      byOperation.set(first, operation);
    }
    return operation;
  };
  operations.operationFromDocument = Object.assign(remembered, { remembered: true as const });
}
