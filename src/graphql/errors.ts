// The one place errors become what clients see: client errors keep their
// message and documented code; store outages become SERVICE_UNAVAILABLE;
// everything else is masked and logged with the request id.
import { GraphQLError } from "graphql";
import { ClientError } from "../domain/errors.ts";
import { type Logger, describeError } from "../logger.ts";
import { isStoreUnavailable } from "../store/unavailable.ts";

export function maskError(logger: Logger, requestId: () => string | undefined) {
  return (error: unknown): Error => {
    // Duck-typed: the executor may use another copy of graphql's GraphQLError class.
    const graphqlError = isGraphQLError(error) ? error : undefined;
    const original = rootCause(error);
    const at = graphqlError ? { nodes: graphqlError.nodes, path: graphqlError.path } : {};
    if (original instanceof ClientError) {
      return new GraphQLError(original.message, { ...at, extensions: { code: original.code } });
    }
    if (graphqlError && isGraphQLError(original)) return graphqlError;
    if (isStoreUnavailable(original)) {
      logger.error("data store unavailable", { requestId: requestId(), ...describeError(original) });
      return new GraphQLError("The knowledge base is temporarily unavailable; try again shortly.", {
        ...at,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    logger.error("internal error", { requestId: requestId(), ...describeError(original) });
    return new GraphQLError("Unexpected error.", { ...at, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  };
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError" && "extensions" in error;
}

/** The error a resolver threw, beneath any GraphQLError wrappers. */
function rootCause(error: unknown): unknown {
  let e = error;
  while (isGraphQLError(e) && e.originalError) e = e.originalError;
  return e;
}
