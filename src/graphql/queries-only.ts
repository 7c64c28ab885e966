// This API serves read-only data: mutations and subscriptions are refused at
// validation with a clear message, before anything executes.
import { GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== "query") {
      context.reportError(new GraphQLError(`This API answers queries only, not ${node.operation}s.`, { nodes: [node], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
    }
  },
});

export function useQueriesOnly(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(queriesOnly) };
}
