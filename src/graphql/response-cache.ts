// A per-process cache of whole serialized answers, keyed by the data version:
// the data is read-mostly and changes only when a seed is loaded, so an answer
// stays right for as long as its version is current (quality.md P4). It sits in
// front of yoga, so a hit costs reading the parameters, stripping the
// document's ignored characters, a hash and a Map lookup: no parsing,
// execution or serializing. The key is the operation (operation-key.ts), so
// comments and whitespace do not split entries. The version is re-read at most
// every `maxAgeMs` (DataVersionClock), which bounds how long a re-seed can go
// unseen; answers under any other version are never served, neither in full
// nor as a 304 to an old ETag. Only successful JSON answers are kept, within a
// bound on entries and on bytes; DataLoader caches stay per request.
import { createHash } from "node:crypto";
import { Response } from "@whatwg-node/server";
import type { DataVersionClock } from "../data-version-clock.ts";
import { cachingHeaders, notModified, uncacheable } from "./http-caching.ts";
import { operationKey } from "./operation-key.ts";

export interface ResponseCacheLimits {
  /** Distinct answers kept; the least recently used go first. */
  maxEntries: number;
  /** Bytes of answer bodies kept, all entries together. */
  maxBytes: number;
}

export const DEFAULT_CACHE_LIMITS: ResponseCacheLimits = { maxEntries: 500, maxBytes: 16 * 1024 * 1024 };

/** An answer, and whether its result carried errors. */
export interface Produced {
  response: Response;
  failed: boolean;
}

interface Entry {
  body: string;
  contentType: string;
  etag: string;
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private counts = { hits: 0, misses: 0 };

  constructor(
    private readonly versions: DataVersionClock,
    private readonly limits: ResponseCacheLimits = DEFAULT_CACHE_LIMITS,
  ) {}

  /** Hits and misses of cacheable requests so far, and what is kept. */
  stats() {
    return { ...this.counts, entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The cached answer to `request`, or `produce`'s, kept when it succeeded:
   * `produce` says whether its answer's result carried errors.
   */
  async handle(request: Request, body: Buffer, produce: () => Promise<Produced>): Promise<Response> {
    if (request.method !== "GET" && request.method !== "POST") return (await produce()).response;
    const operation = operationKey(request, body);
    const version = operation === undefined ? null : await this.versions.cacheable().catch(() => null);
    if (operation === undefined || version === null) return uncacheable((await produce()).response);
    const key = keyOf(version, request, operation);
    const hit = this.entries.get(key);
    if (hit) {
      this.counts.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return this.answer(hit, request);
    }
    this.counts.misses++;
    const { response, failed } = await produce();
    const contentType = response.headers.get("content-type") ?? "";
    if (failed || response.status !== 200 || !/json/.test(contentType)) return uncacheable(response);
    const text = await response.text();
    const entry = { body: text, contentType, etag: `"${version}-${key.slice(0, 16)}"`, bytes: Buffer.byteLength(text) + key.length };
    this.keep(key, entry);
    return this.answer(entry, request);
  }

  private keep(key: string, entry: Entry): void {
    if (entry.bytes > this.limits.maxBytes) return;
    const replaced = this.entries.get(key);
    if (replaced) this.bytes -= replaced.bytes;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const [oldest, evicted] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldest);
      this.bytes -= evicted.bytes;
    }
  }

  private answer(entry: Entry, request: Request): Response {
    const headers = cachingHeaders(request, entry.etag, this.versions.maxAgeMs);
    if (notModified(request, entry.etag)) return new Response(null, { status: 304, headers });
    return new Response(entry.body, { status: 200, headers: { "content-type": entry.contentType, ...headers } });
  }
}

/** Everything an answer depends on: version, origin (briefing URLs), accepted type and operation. */
function keyOf(version: string, request: Request, operation: string): string {
  const url = new URL(request.url);
  return createHash("sha256")
    .update([version, url.origin, request.headers.get("accept") ?? "", operation].join("\u0000"))
    .digest("base64url");
}
