import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * The storefront's typed documents: GraphQL Code Generator's client preset over the public client schema.
 * Operations and fragments live beside the components that use them; `persistedDocuments` writes
 * lib/gql/persisted-documents.json (hash → body), from which `npm run operations:manifest` makes the Apollo
 * manifest the router enforces in safelist mode. `__typename` is added at generation time so the listed bodies are
 * exactly what Apollo Client's cache needs.
 */
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', '!lib/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'lib/gql/': {
      preset: 'client',
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        persistedDocuments: { hashAlgorithm: 'sha256' },
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};
export default config;
