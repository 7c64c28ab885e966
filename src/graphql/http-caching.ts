// HTTP caching of GraphQL answers, for browsers and CDNs. A successful GET
// carries an ETag (data version + operation) and may be reused for as long as
// the server itself may serve a version after a re-seed (the data-version
// bound), then shown stale while it is revalidated; a matching If-None-Match
// gets 304. POST answers are never marked cacheable, and answers that are
// not cached here (errors, a version still settling) are marked no-store.
import { withHeaders } from "../http/response-headers.ts";
const NO_STORE = "no-store";

/** How many bounds past its max-age a stale answer may be shown while revalidating. */
const STALE_BOUNDS = 12;

export function cacheControl(maxAgeMs: number): string {
  const seconds = Math.ceil(maxAgeMs / 1000);
  if (seconds === 0) return "public, no-cache";
  return `public, max-age=${seconds}, stale-while-revalidate=${seconds * STALE_BOUNDS}`;
}

export const isConditional = (request: Request) => request.method === "GET" || request.method === "HEAD";

/** Headers of a cacheable answer: validators and freshness for GET, no-store for POST. */
export function cachingHeaders(request: Request, etag: string, maxAgeMs: number): Record<string, string> {
  // The body's media type follows Accept, so a shared cache keys on it too.
  return isConditional(request) ? { etag, "cache-control": cacheControl(maxAgeMs), vary: "accept" } : { "cache-control": NO_STORE };
}

/** True when the request's If-None-Match names `etag` (a GET or HEAD only). */
export function notModified(request: Request, etag: string): boolean {
  if (!isConditional(request)) return false;
  const tags = request.headers.get("if-none-match")?.split(",").map((t) => t.trim()) ?? [];
  return tags.includes("*") || tags.includes(etag) || tags.includes(`W/${etag}`);
}

/** An answer that is not cached: its own headers, marked no-store. */
export function uncacheable(response: Response): Response {
  return withHeaders(response, { "cache-control": NO_STORE });
}
