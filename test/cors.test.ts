// CORS from one setting, through both doors: every answer (fresh, cached, 304,
// error, briefing) carries what its preflight promised; preflights are cached;
// credentials are never allowed; an origin not listed is refused.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { corsPolicy } from "../src/cors.ts";
import { dataVersionClockOf } from "../src/data-version-clock.ts";
import type { handler as Handler } from "../src/lambda/graphql.ts";
import type { handler as BriefingHandler } from "../src/lambda/briefing.ts";
import { silentLogger } from "../src/logger.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

const ALLOWED = "http://localhost:5173";
const OTHER = "https://elsewhere.example";
const QUERY = "{ periods { ordinal } }";

let t: TestDatabase;
let lambda: typeof Handler;
let lambdaBriefing: typeof BriefingHandler;
let anyOrigin: ReturnType<typeof createApp>;
let listed: ReturnType<typeof createApp>;

type Answer = { status: number; headers: Record<string, string> };
type Door = (method: string, path: string, headers: Record<string, string>, body?: string) => Promise<Answer>;

const viaApp = (app: () => ReturnType<typeof createApp>): Door => async (method, path, headers, body) => {
  const response = await app().fetch(new Request(`http://127.0.0.1:4000${path}`, { method, headers, body }));
  await response.arrayBuffer();
  return { status: response.status, headers: Object.fromEntries(response.headers) };
};
const viaLambda: Door = async (method, path, headers, body) => {
  const [rawPath = "", query] = path.split("?");
  const run = rawPath.startsWith("/briefings/") ? lambdaBriefing : lambda;
  const result = await run(httpApiEvent({ method, path: rawPath, query, headers, body }));
  return { status: result.statusCode ?? 0, headers: (result.headers ?? {}) as Record<string, string> };
};

beforeAll(async () => {
  t = await startTestDatabase();
  Object.assign(process.env, t.env, { ALLOWED_ORIGINS: `${ALLOWED}, https://app.example` });
  ({ handler: lambda } = await import("../src/lambda/graphql.ts"));
  ({ handler: lambdaBriefing } = await import("../src/lambda/briefing.ts"));
  const options = { store: t.store, dataVersions: dataVersionClockOf(t.store, 5000), logger: silentLogger };
  anyOrigin = createApp(options);
  listed = createApp({ ...options, cors: corsPolicy(process.env.ALLOWED_ORIGINS) });
  // Let each door's data version settle, so that answers come from its cache.
  for (const door of [viaApp(() => anyOrigin), viaApp(() => listed), viaLambda]) await door("GET", `/graphql?query=${encodeURIComponent(QUERY)}`, { accept: "application/json" });
  await sleep(1100);
});
afterAll(async () => {
  for (const name of [...Object.keys(t.env), "ALLOWED_ORIGINS"]) delete process.env[name];
  await t.close();
});

const get = `/graphql?query=${encodeURIComponent(QUERY)}`;

/** Every kind of answer, asked from `origin`: the ACAO header of each. */
async function allowOrigins(door: Door, origin: string): Promise<Record<string, string | undefined>> {
  const h = { origin, accept: "application/json" };
  const fresh = await door("GET", `/graphql?query=${encodeURIComponent(`{ country(code: "KZ") { name } } # ${Math.random()}`)}`, h);
  const cached = await door("GET", get, h);
  const notModified = await door("GET", get, { ...h, "if-none-match": cached.headers.etag ?? "" });
  const error = await door("GET", "/graphql?query=%7Bnope%7D", h);
  const posted = await door("POST", "/graphql", { ...h, "content-type": "application/json" }, JSON.stringify({ query: QUERY }));
  const briefing = await door("HEAD", "/briefings/KZ.pdf", h);
  const missing = await door("GET", "/briefings/XX.pdf", h);
  expect([fresh.status, cached.status, notModified.status, error.status, posted.status, briefing.status, missing.status]).toEqual([200, 200, 304, 200, 200, 200, 404]);
  for (const answer of [fresh, cached, notModified, error, posted, briefing, missing]) expect(answer.headers["access-control-allow-credentials"]).toBeUndefined();
  const acao = (a: Answer) => a.headers["access-control-allow-origin"];
  return { fresh: acao(fresh), cached: acao(cached), notModified: acao(notModified), error: acao(error), posted: acao(posted), briefing: acao(briefing), missing: acao(missing) };
}

const every = (value: string | undefined) => ({ fresh: value, cached: value, notModified: value, error: value, posted: value, briefing: value, missing: value });

describe("CORS by default (local): any origin, without credentials", () => {
  it("puts Access-Control-Allow-Origin: * on every kind of answer", async () => {
    expect(await allowOrigins(viaApp(() => anyOrigin), "http://localhost:5173")).toEqual(every("*"));
    expect(await allowOrigins(viaApp(() => anyOrigin), "null")).toEqual(every("*"));
  });

  it("answers preflights with what later answers carry, cacheable for two hours", async () => {
    const preflight = await viaApp(() => anyOrigin)("OPTIONS", "/graphql", { origin: ALLOWED, "access-control-request-method": "POST", "access-control-request-headers": "content-type, if-none-match" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD, POST, OPTIONS",
      "access-control-allow-headers": "content-type, if-none-match",
      "access-control-max-age": "7200",
    });
    expect(preflight.headers["access-control-allow-credentials"]).toBeUndefined();
  });
});

describe.each([
  ["local", viaApp(() => listed)],
  ["lambda", viaLambda],
])("CORS from ALLOWED_ORIGINS through the %s door", (_, door) => {
  it("names a listed origin on every kind of answer, varying by origin", async () => {
    expect(await allowOrigins(door, ALLOWED)).toEqual(every(ALLOWED));
    expect((await door("GET", get, { origin: ALLOWED })).headers.vary).toMatch(/origin/i);
  });

  it("refuses an origin not listed: no allow header, and a 403 preflight", async () => {
    expect(await allowOrigins(door, OTHER)).toEqual(every(undefined));
    const preflight = await door("OPTIONS", "/graphql", { origin: OTHER, "access-control-request-method": "POST" });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const allowed = await door("OPTIONS", "/graphql", { origin: ALLOWED, "access-control-request-method": "POST" });
    expect(allowed.status).toBe(204);
    expect(allowed.headers["access-control-allow-origin"]).toBe(ALLOWED);
  });
});
