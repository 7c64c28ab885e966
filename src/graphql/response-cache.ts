// A per-process cache of whole serialized answers, keyed by the data version:
// the data is read-mostly and changes only when a seed is loaded, so an answer
// stays right for as long as its version is current (quality.md P4). It sits in
// front of yoga, so a hit costs a hash and a Map lookup: no parsing, no
// execution, no serializing. The version is re-read at most every `maxAgeMs`
// (DataVersionClock), which bounds how long a re-seed can go unseen; answers
// under any other version are never served, neither in full nor as a 304 to an
// old ETag. Only successful JSON answers are kept; DataLoader caches stay per
// request.
import { createHash } from "node:crypto";
import type { DataVersionClock } from "../data-version-clock.ts";

/** Distinct requests kept; the least recently used go first. */
const MAX_ENTRIES = 500;

interface Entry {
  body: string;
  contentType: string;
  etag: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly versions: DataVersionClock) {}

  /** The cached answer to `request`, or `produce`'s, kept when it succeeded. */
  async handle(request: Request, body: Buffer, produce: () => Promise<Response>): Promise<Response> {
    if (request.method !== "GET" && request.method !== "POST") return produce();
    const version = await this.versions.cacheable().catch(() => null);
    if (version === null) return produce();
    const key = cacheKeyOf(version, request, body);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return answer(hit, request);
    }
    const response = await produce();
    const contentType = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !/json/.test(contentType)) return response;
    const text = await response.text();
    if ((JSON.parse(text) as { errors?: unknown }).errors !== undefined) return new Response(text, response);
    const entry = { body: text, contentType, etag: `"${version}-${key.slice(0, 16)}"` };
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return answer(entry, request);
  }
}

/** Everything an answer depends on: version, origin (briefing URLs), operation and accepted type. */
function cacheKeyOf(version: string, request: Request, body: Buffer): string {
  const url = new URL(request.url);
  return createHash("sha256")
    .update([version, url.origin, url.search, request.headers.get("accept") ?? ""].join("\u0000"))
    .update(body)
    .digest("base64url");
}

function answer(entry: Entry, request: Request): Response {
  const tags = request.headers.get("if-none-match")?.split(",").map((t) => t.trim()) ?? [];
  if (tags.includes(entry.etag) || tags.includes(`W/${entry.etag}`)) return new Response(null, { status: 304, headers: { etag: entry.etag } });
  return new Response(entry.body, { status: 200, headers: { "content-type": entry.contentType, etag: entry.etag } });
}
