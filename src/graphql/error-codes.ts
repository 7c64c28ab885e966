// Every error a client can cause carries a documented `extensions.code`.
// graphql-js leaves some without one (variable coercion, unsupported
// operation types); this names them, and drops parser internals yoga attaches.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { TOO_COMPLEX } from "./limits.ts";

type ErrorLike = { message: string; path?: unknown; extensions?: Record<string, unknown> };

function codeFor(error: ErrorLike): string {
  if (error.message === TOO_COMPLEX) return "QUERY_TOO_COMPLEX";
  const code = error.extensions?.code;
  if (typeof code === "string") return code;
  if (/^Variable "\$/.test(error.message)) return "BAD_USER_INPUT";
  return error.path ? "INTERNAL_SERVER_ERROR" : "GRAPHQL_VALIDATION_FAILED";
}

// In place: yoga reads the HTTP status from these same error objects afterwards.
function addCode(error: ErrorLike): void {
  const code = codeFor(error);
  if (error.extensions && Object.isExtensible(error.extensions)) {
    error.extensions.code = code;
    delete error.extensions.originalError;
  } else {
    error.extensions = { ...error.extensions, code };
  }
}

type RequestParser = NonNullable<Parameters<NonNullable<Plugin["onRequestParse"]>>[0]["requestParser"]>;

const BAD_PARAMS = "The request's GraphQL parameters are malformed: `query` must be a string, and `variables` and `extensions` JSON objects.";

/**
 * What a request parser throws is the client's fault: a body or a `variables`
 * or `extensions` query parameter that is not JSON. Yoga would pass a GET's
 * SyntaxError on as an internal error, and a POST's with V8's message attached.
 */
function asClientError(error: unknown): GraphQLError {
  const isYogaError = error instanceof Error && error.name === "GraphQLError";
  return new GraphQLError(isYogaError ? error.message : BAD_PARAMS, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
}

function guardParser(parser: RequestParser): RequestParser {
  return async (request) => {
    try {
      return await parser(request);
    } catch (error) {
      throw asClientError(error);
    }
  };
}

export function useErrorCodes(): Plugin {
  const addCodes = (errors: readonly unknown[] | undefined) => errors?.forEach((e) => addCode(e as ErrorLike));
  return {
    onRequestParse: ({ requestParser, setRequestParser }) => {
      if (requestParser) setRequestParser(guardParser(requestParser));
    },
    onValidate: () => ({ result }) => addCodes(result),
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) addCodes(result.errors);
      },
    }),
  };
}
