// The one place errors become what clients see: client errors keep their
// message and documented code; store outages become SERVICE_UNAVAILABLE;
// everything else is masked. What the owner should read of a masked error is
// handed to `report` with the masked error; the server logs it with the
// request's id once the answer is made (server.ts).
import { GraphQLError } from "graphql";
import { ClientError } from "../domain/errors.ts";
import { describeError } from "../logger.ts";
import { isStoreUnavailable } from "../store/unavailable.ts";

/** Receives each masked error with the log line it calls for. */
export type ErrorReport = (masked: GraphQLError, message: string, details: Record<string, unknown>) => void;

export function maskError(report: ErrorReport) {
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
      const masked = new GraphQLError("The knowledge base is temporarily unavailable; try again shortly.", {
        ...at,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
      report(masked, "data store unavailable", describeError(original));
      return masked;
    }
    const masked = new GraphQLError("Unexpected error.", { ...at, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    report(masked, "internal error", describeError(original));
    return masked;
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
