// The briefing doors: the fetch handler (as the local server mounts it) and
// the Lambda handler with HTTP API payload 2.0 events, on a real dynalite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { handler as Handler } from "../src/lambda/briefing.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let handler: typeof Handler;
beforeAll(async () => {
  t = await startTestDatabase();
  app = createApp({ store: t.store });
  Object.assign(process.env, t.env);
  ({ handler } = await import("../src/lambda/briefing.ts"));
}, 30_000);
afterAll(async () => {
  for (const name of Object.keys(t.env)) delete process.env[name];
  await t.close();
});

const fetchLocal = (path: string, init: RequestInit = {}) => app.fetch(new Request(`http://localhost${path}`, init));

describe("GET /briefings/{code}.pdf on the local fetch handler", () => {
  it("serves the PDF with type, file name, ETag and caching headers", async () => {
    const response = await fetchLocal("/briefings/KZ.pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/filename="Kazakhstan-briefing\.pdf"/);
    expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.headers.get("content-length")).toBe(String(body.length));
  });

  it("takes alpha-3 codes in any case and names the same ETag for the same country", async () => {
    const [a, b] = await Promise.all([fetchLocal("/briefings/kaz.pdf"), fetchLocal("/briefings/kz.pdf")]);
    expect(a.status).toBe(200);
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    const other = await fetchLocal("/briefings/UZ.pdf");
    expect(other.headers.get("etag")).not.toBe(a.headers.get("etag"));
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await fetchLocal("/briefings/TJ.pdf", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(1000);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const etag = (await fetchLocal("/briefings/KG.pdf")).headers.get("etag") ?? "";
    const response = await fetchLocal("/briefings/KG.pdf", { headers: { "if-none-match": `"other", ${etag}` } });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(etag);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
    expect((await fetchLocal("/briefings/KG.pdf", { headers: { "if-none-match": '"stale"' } })).status).toBe(200);
  });

  it.each([
    ["/briefings/K1.pdf", 400],
    ["/briefings/KAZAK.pdf", 400],
    ["/briefings/%E2%9C%93.pdf", 400],
    ["/briefings/.pdf", 400],
    ["/briefings/FR.pdf", 404],
    ["/briefings/FRA.pdf", 404],
    ["/briefings/KZ", 404],
  ])("answers %s with %i and a short JSON body", async (path, status) => {
    const response = await fetchLocal(path);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/json/);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBeTruthy();
    expect(body.message).toBeTruthy();
  });

  it("answers other methods with 405 and Allow", async () => {
    const response = await fetchLocal("/briefings/KZ.pdf", { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("briefing Lambda handler (HTTP API payload 2.0)", () => {
  it("returns the PDF base64-encoded with its headers", async () => {
    const result = await handler(httpApiEvent({ method: "GET", path: "/briefings/tm.pdf", routeKey: "GET /briefings/{code}" }));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.["content-type"]).toBe("application/pdf");
    expect(result.headers?.["content-disposition"]).toMatch(/Turkmenistan-briefing\.pdf/);
    expect(result.headers?.etag).toBeTruthy();
    expect(Buffer.from(result.body ?? "", "base64").subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("answers HEAD with no body and 304 on a matching If-None-Match", async () => {
    const head = await handler(httpApiEvent({ method: "HEAD", path: "/briefings/UZB.pdf" }));
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe("");
    const etag = String(head.headers?.etag);
    const cached = await handler(httpApiEvent({ method: "GET", path: "/briefings/UZB.pdf", headers: { "if-none-match": etag } }));
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe("");
  });

  it.each([
    ["GET", "/briefings/12.pdf", 400],
    ["GET", "/briefings/DE.pdf", 404],
    ["DELETE", "/briefings/KZ.pdf", 405],
  ])("answers %s %s with %i in JSON, not base64", async (method, path, status) => {
    const result = await handler(httpApiEvent({ method, path }));
    expect(result.statusCode).toBe(status);
    expect(result.isBase64Encoded).toBe(false);
    expect(JSON.parse(result.body ?? "")).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  });
});
