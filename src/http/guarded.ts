// Every door runs the product's fetch handler through this: nothing a handler
// throws escapes as a stack trace or a dropped connection; it becomes a masked,
// logged 500, and error answers without a body get one.
import { type Logger, describeError } from "../logger.ts";
import { type PlainHandler, plainProblem } from "./plain.ts";
import { problem, withExplanation, withPlainExplanation } from "./problem.ts";

export type FetchHandler = (request: Request) => Promise<Response>;

export function guarded(handler: FetchHandler, logger: Logger): FetchHandler {
  return async (request) => {
    try {
      return await withExplanation(await handler(request), request.method);
    } catch (error) {
      logger.error("internal error", { requestId: request.headers.get("x-request-id") ?? undefined, path: safePath(request.url), ...describeError(error) });
      return problem(500, "INTERNAL_SERVER_ERROR", "Unexpected error.");
    }
  };
}

/** `guarded` for a plain handler. */
export function guardedPlain(handler: PlainHandler, logger: Logger): PlainHandler {
  return async (request) => {
    try {
      return withPlainExplanation(await handler(request), request.method);
    } catch (error) {
      logger.error("internal error", { requestId: request.headers.get("x-request-id"), path: request.url.pathname, ...describeError(error) });
      return plainProblem(500, "INTERNAL_SERVER_ERROR", "Unexpected error.");
    }
  };
}

function safePath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
