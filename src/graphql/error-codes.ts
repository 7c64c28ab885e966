// Every error a client can cause carries a documented `extensions.code`.
// graphql-js leaves some without one (variable coercion, unsupported
// operation types); this names them, and drops parser internals yoga attaches.
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

export function useErrorCodes(): Plugin {
  const addCodes = (errors: readonly unknown[] | undefined) => errors?.forEach((e) => addCode(e as ErrorLike));
  return {
    onValidate: () => ({ result }) => addCodes(result),
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) addCodes(result.errors);
      },
    }),
  };
}
