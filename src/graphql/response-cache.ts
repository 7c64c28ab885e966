// A per-process cache of whole responses, keyed by the data version: the data
// is read-mostly and changes only when a seed is loaded, so an answer stays
// right for as long as its version is current (quality.md P4). The version is
// re-read at most every `maxAgeMs` (DataVersionClock), which bounds how long a
// re-seed can go unseen; answers under any other version are never served,
// neither in full nor as a 304 to an old ETag. Answers with errors are not
// cached (the plugin's default), and DataLoader caches stay per request.
import { createInMemoryCache, hashSHA256, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import type { DataVersionClock } from "../store/data-version-clock.ts";

/** Distinct operations kept; the least recently used go first. */
const MAX_ENTRIES = 500;

export function versionedResponseCache(versions: DataVersionClock, options: { publicOrigin?: string }) {
  const entries = createInMemoryCache({ max: MAX_ENTRIES });
  const uncacheable = new WeakSet<Request>();
  const versionOf = (key: string) => key.slice(0, key.indexOf(":"));
  return useResponseCache({
    // Answers are public, but briefing URLs carry the origin unless one is configured.
    session: (request) => options.publicOrigin ?? new URL(request.url).origin,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues, sessionId, request }) => {
      const version = await versions.cacheable().catch(() => null);
      if (version === null) uncacheable.add(request);
      const operation = [documentString, operationName ?? "", JSON.stringify(variableValues ?? {}), sessionId ?? ""].join("|");
      return `${version ?? "none"}:${await hashSHA256(operation)}`;
    },
    enabled: (request) => !uncacheable.has(request),
    cache: {
      get: async (key) => (versionOf(key) === (await versions.cacheable().catch(() => null)) ? entries.get(key) : undefined),
      set: (...args) => entries.set(...args),
      invalidate: (...args) => entries.invalidate(...args),
    },
    // Nothing in the responses themselves says whether they came from the cache.
    includeExtensionMetadata: false,
  });
}
