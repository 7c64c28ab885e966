// CORS for every answer of a handler (fetch, or plain: http/plain.ts), from one setting (ALLOWED_ORIGINS):
// "*" lets any origin read answers, a comma-separated list names the origins
// that may. Credentials are never allowed: the API is public and reads no
// cookies. Headers are added to whatever the handler answers (fresh, cached,
// 304, errors, briefings), so an answer always carries what its preflight
// promised; a preflight from an origin not allowed is refused with 403.
import type { PlainHandler } from "./http/plain.ts";
import { withHeaders } from "./http/response-headers.ts";

export interface CorsPolicy {
  /** "*" for any origin, or exact origins such as "http://localhost:5173". */
  origins: "*" | ReadonlySet<string>;
}

/** How long a browser may reuse a preflight (Chromium caps this at 2 hours). */
export const MAX_AGE_SECONDS = 7200;
export const METHODS = "GET, HEAD, POST, OPTIONS";
/** Response headers a page's script may read beyond the CORS-safelisted ones. */
export const EXPOSED = "etag, content-disposition, retry-after, x-request-id";
const HEADER_NAMES = /^[!#$%&'*+.^_`|~0-9a-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9a-z-]+)*$/i;

/** The policy of an ALLOWED_ORIGINS value; absent or empty means any origin. */
export function corsPolicy(setting: string | undefined): CorsPolicy {
  const listed = (setting ?? "").split(",").map((o) => o.trim()).filter((o) => o !== "");
  if (listed.length === 0 || listed.includes("*")) return { origins: "*" };
  return { origins: new Set(listed.map((o) => o.replace(/\/+$/, ""))) };
}

/** What CORS asks of one request: a preflight's whole answer, or headers to add to the route's answer. */
export type CorsOutcome = { preflight: { status: number; headers: Record<string, string> } } | { add: Record<string, string>; varyOrigin: boolean };

/** `header` reads a request header by lower-case name. */
export function corsOutcome(policy: CorsPolicy, method: string, header: (name: string) => string | null): CorsOutcome {
  const listed = policy.origins !== "*";
  const origin = header("origin");
  const allowed = origin !== null && (policy.origins === "*" || policy.origins.has(origin));
  if (method === "OPTIONS" && header("access-control-request-method") !== null) {
    if (!allowed) return { preflight: { status: 403, headers: listed ? { vary: "origin" } : {} } };
    const headers: Record<string, string> = {
      "access-control-allow-origin": listed ? origin : "*",
      "access-control-allow-methods": METHODS,
      "access-control-max-age": String(MAX_AGE_SECONDS),
    };
    const requested = header("access-control-request-headers");
    if (requested && HEADER_NAMES.test(requested)) headers["access-control-allow-headers"] = requested;
    if (listed) headers.vary = "origin";
    return { preflight: { status: 204, headers } };
  }
  // A shared cache must not hand one origin's answer to another.
  return { add: allowed ? { "access-control-allow-origin": listed ? origin : "*", "access-control-expose-headers": EXPOSED } : {}, varyOrigin: listed };
}

export function withCors(handler: (request: Request) => Promise<Response>, policy: CorsPolicy) {
  return async (request: Request): Promise<Response> => {
    const outcome = corsOutcome(policy, request.method, (name) => request.headers.get(name));
    if ("preflight" in outcome) return new Response(null, outcome.preflight);
    return withHeaders(await handler(request), outcome.add, outcome.varyOrigin ? { vary: "origin" } : {});
  };
}

/** `withCors` for a plain handler (http/plain.ts). */
export function withPlainCors(handler: PlainHandler, policy: CorsPolicy): PlainHandler {
  return async (request) => {
    const outcome = corsOutcome(policy, request.method, (name) => request.headers.get(name) ?? null);
    if ("preflight" in outcome) return { ...outcome.preflight, body: null };
    const response = await handler(request);
    const headers = { ...response.headers, ...outcome.add };
    if (outcome.varyOrigin) headers.vary = headers.vary ? `${headers.vary}, origin` : "origin";
    return { ...response, headers };
  };
}
