// The one place errors become what clients see: client errors keep their
// message and documented code; store outages become SERVICE_UNAVAILABLE;
// everything else is masked and logged with the request id.
import { GraphQLError } from "graphql";
import { ClientError } from "../domain/errors.ts";
import { type Logger, describeError } from "../logger.ts";
import { isStoreUnavailable } from "../store/unavailable.ts";

export function maskError(logger: Logger, requestId: () => string | undefined) {
  return (error: unknown): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const at = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
    if (original instanceof ClientError) {
      return new GraphQLError(original.message, { ...at, extensions: { code: original.code } });
    }
    if (error instanceof GraphQLError && (original === undefined || original instanceof GraphQLError)) {
      return error;
    }
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
