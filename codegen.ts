import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the web client (`npm run codegen`): every `graphql(\`...\`)` in src/web,
 * checked against the emitted schema. CI runs `npm run codegen:check`, which fails when
 * src/web/gql/ is not what this config generates.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["src/web/**/*.{ts,tsx}", "!src/web/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    // CODEGEN_OUT: `codegen:check` generates into a temporary folder and compares.
    [process.env.CODEGEN_OUT ?? "src/web/gql/"]: {
      preset: "client",
      presetConfig: {
        // Components take plain result types; no masking layer between a fragment and its data.
        fragmentMasking: false,
      },
      config: {
        // Sent as text by api/client.ts: no GraphQL parser or printer in the bundle.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: "string", JSON: "unknown", JSONObject: "Record<string, unknown>" },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
      },
    },
  },
};

// The codegen CLI reads the default export.
export default config;
