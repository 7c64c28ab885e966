// CORS for every answer of a fetch handler, from one setting (ALLOWED_ORIGINS):
// "*" lets any origin read answers, a comma-separated list names the origins
// that may. Credentials are never allowed: the API is public and reads no
// cookies. Headers are added to whatever the handler answers (fresh, cached,
// 304, errors, briefings), so an answer always carries what its preflight
// promised; a preflight from an origin not allowed is refused with 403.
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

export function withCors(handler: (request: Request) => Promise<Response>, policy: CorsPolicy) {
  const allowed = (origin: string | null) => origin !== null && (policy.origins === "*" || policy.origins.has(origin));
  const listed = policy.origins !== "*";
  return async (request: Request): Promise<Response> => {
    const origin = request.headers.get("origin");
    const preflight = request.method === "OPTIONS" && request.headers.has("access-control-request-method");
    if (preflight) {
      if (!allowed(origin)) return new Response(null, { status: 403, headers: listed ? { vary: "origin" } : {} });
      const headers = new Headers({
        "access-control-allow-origin": listed ? (origin as string) : "*",
        "access-control-allow-methods": METHODS,
        "access-control-max-age": String(MAX_AGE_SECONDS),
      });
      const requested = request.headers.get("access-control-request-headers");
      if (requested && HEADER_NAMES.test(requested)) headers.set("access-control-allow-headers", requested);
      if (listed) headers.set("vary", "origin");
      return new Response(null, { status: 204, headers });
    }
    const response = await handler(request);
    const headers = new Headers(response.headers);
    if (allowed(origin)) {
      headers.set("access-control-allow-origin", listed ? (origin as string) : "*");
      headers.set("access-control-expose-headers", EXPOSED);
    }
    // A shared cache must not hand one origin's answer to another.
    if (listed) headers.append("vary", "origin");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
