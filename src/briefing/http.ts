// GET and HEAD /briefings/{code}.pdf and /briefings/central-asia.pdf as a
// plain handler (http/plain.ts): the briefing Lambda answers from it without
// loading fetch, and the local server through fetch-handler.ts. A brief is
// dated by its data, so the ETag names the brief, the data version and the
// origin its links point to, and a matching If-None-Match is answered without
// rendering.
import { createHash } from "node:crypto";
import { type PlainHandler, plainProblem as problem } from "../http/plain.ts";
import { isStoreUnavailable } from "../store/unavailable.ts";
import type { DataVersionClock } from "../data-version-clock.ts";
import type { KnowledgeStore } from "../store/knowledge-store.ts";
import { jsonLogger, describeError, type Logger } from "../logger.ts";
import { RenderCache } from "./cache.ts";
import { type Snapshot, findCountry, gatherSnapshot } from "./data.ts";
import { type RenderedBriefing, renderBriefing } from "./document.ts";
import { REGIONAL_SLUG, renderRegionalBriefing } from "./regional-document.ts";
import type { ReadAhead } from "./warm-up.ts";

const ROUTE = /^\/briefings\/([^/]*)\.pdf$/;
const CODE = /^[A-Za-z]{2,3}$/;
const CACHE_CONTROL = "public, max-age=300";

export interface BriefingHandlerOptions {
  store: KnowledgeStore;
  logger?: Logger;
  /** The data version as of a bounded age (the GraphQL door's clock); absent: read on every request. */
  dataVersions?: DataVersionClock;
  /** The origin briefs link to (configuration); absent: the request's own, which the doors have validated. */
  publicOrigin?: string;
  /** A snapshot a cold instance read ahead (warm-up.ts), for its first render. */
  readAhead?: ReadAhead;
}

export function createBriefingResponder(options: BriefingHandlerOptions): PlainHandler {
  const { store } = options;
  const logger = options.logger ?? jsonLogger;
  const cache = new RenderCache();

  return async (request) => {
    const match = ROUTE.exec(request.url.pathname);
    if (!match) return problem(404, "NOT_FOUND", `Briefings are served at /briefings/{code}.pdf and /briefings/${REGIONAL_SLUG}.pdf.`);
    if (request.method !== "GET" && request.method !== "HEAD") {
      return problem(405, "METHOD_NOT_ALLOWED", "Briefings support GET and HEAD.", { allow: "GET, HEAD" });
    }
    const code = safeDecode(match[1] ?? "");
    const regional = code?.toLowerCase() === REGIONAL_SLUG;
    if (code === null || (!regional && !CODE.test(code))) {
      return problem(400, "BAD_REQUEST", `The code must be an ISO 3166-1 alpha-2 or alpha-3 code, such as "KZ" or "KAZ", or "${REGIONAL_SLUG}".`);
    }
    try {
      // The country and the data version are read together: one round trip before the ETag is known.
      const [country, version] = await Promise.all([regional ? null : findCountry(store, code), options.dataVersions ? options.dataVersions.current() : store.dataVersion()]);
      if (!regional && !country) return problem(404, "NOT_FOUND", `No Central Asian republic has the code "${code.toUpperCase()}".`);
      const origin = options.publicOrigin ?? request.url.origin;
      const briefUrl = (c: string) => `${origin}/briefings/${c}.pdf`;
      const key = { code: country?.code ?? REGIONAL_SLUG, version: version ?? "unversioned", origin };
      const etag = `"${createHash("sha256").update(`${key.code}|${key.version}|${key.origin}`).digest("base64url").slice(0, 27)}"`;
      const name = country ? country.name.replace(/[^A-Za-z0-9-]+/g, "-") : "Central-Asia";
      const headers: Record<string, string> = {
        etag,
        "cache-control": CACHE_CONTROL,
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${name}-briefing.pdf"`,
      };
      if (matches(request.headers.get("if-none-match") ?? null, etag)) return { status: 304, headers, body: null };
      const snapshot = async (): Promise<Snapshot> => (await options.readAhead?.take(key.version)) ?? gatherSnapshot(store, key.version);
      const render = async (): Promise<RenderedBriefing> =>
        country ? renderBriefing({ ...(await snapshot()), country }, { briefUrl }) : renderRegionalBriefing(await snapshot(), { briefUrl });
      const { pdf } = await cache.get(key, render);
      headers["content-length"] = String(pdf.length);
      // The cached buffer itself: no copy per download.
      return { status: 200, headers, body: request.method === "HEAD" ? null : pdf };
    } catch (error) {
      if (isStoreUnavailable(error)) {
        return problem(503, "SERVICE_UNAVAILABLE", "The knowledge base is unavailable; try again shortly.", { "retry-after": "5" });
      }
      logger.error("briefing failed", { path: match[0], ...describeError(error) });
      return problem(500, "INTERNAL_SERVER_ERROR", "The briefing could not be rendered.");
    }
  };
}

function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/** The decoded path segment, or null where its percent-encoding is malformed. */
function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
