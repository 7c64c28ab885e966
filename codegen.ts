// Typed client code for the README's example queries (docs/queries), from the
// committed schema, with graphql-codegen's client preset:
// `npx graphql-codegen --config codegen.ts` writes client/gql/. A test
// (test/codegen.test.ts) runs this configuration and typechecks the result.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["docs/queries/*.graphql"],
  generates: {
    "client/gql/": {
      preset: "client",
      config: { scalars: { Decimal: "string" }, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
