// What a person or tool finds at the endpoint itself: the SDL at a stable URL,
// a short page for a browser when GraphiQL is off (not a blank 406), and
// GraphiQL served whole from the Lambda door when it is on (no CDN, gzipped
// under Lambda's 6 MB response limit).
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app.ts";
import { SCHEMA_FILE } from "../src/graphql/schema-file.ts";
import type { handler as Handler } from "../src/lambda/graphql.ts";
import { silentLogger } from "../src/logger.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;
const BROWSER = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

let t: TestDatabase;
let lambda: typeof Handler;

beforeAll(async () => {
  t = await startTestDatabase();
  Object.assign(process.env, t.env);
  ({ handler: lambda } = await import("../src/lambda/graphql.ts"));
});
afterAll(async () => {
  for (const name of Object.keys(t.env)) delete process.env[name];
  await t.close();
});

describe("the schema as SDL", () => {
  it("is served at /graphql/schema.graphql through both doors, as committed", async () => {
    const committed = await readFile(SCHEMA_FILE, "utf8");
    const local = await createApp({ store: t.store, logger: silentLogger }).fetch(new Request("http://127.0.0.1:4000/graphql/schema.graphql"));
    expect(local.status).toBe(200);
    expect(local.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await local.text()).toBe(committed);
    const viaLambda = await lambda(httpApiEvent({ method: "GET", path: "/graphql/schema.graphql" }));
    expect(viaLambda.statusCode).toBe(200);
    expect(viaLambda.body).toBe(committed);
  });

  it("is not published when introspection is off", async () => {
    const app = createApp({ store: t.store, logger: silentLogger, introspection: false });
    expect((await app.fetch(new Request("http://127.0.0.1:4000/graphql/schema.graphql"))).status).toBe(404);
  });
});

describe("a browser opening /graphql with GraphiQL off", () => {
  it("gets a short HTML page saying what this is, where the schema is and how to query", async () => {
    const result = await lambda(httpApiEvent({ method: "GET", path: "/graphql", headers: BROWSER }));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-type"]).toMatch(/^text\/html/);
    const html = result.body ?? "";
    expect(html).toContain("GraphQL endpoint");
    expect(html).toContain('href="/graphql/schema.graphql"');
    expect(html).toContain("curl https://abc123.execute-api.eu-central-1.amazonaws.com/graphql");
    expect(html.length).toBeLessThan(4000);
  });

  it("still gets JSON for an operation in the address bar", async () => {
    const result = await lambda(httpApiEvent({ method: "GET", path: "/graphql", query: "query=%7Bperiods%7Bordinal%7D%7D", headers: BROWSER }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? "").data.periods).toHaveLength(5);
  });
});

describe("GraphiQL on in the Lambda door (GRAPHIQL=true)", () => {
  it("is the self-hosted page, gzipped and within Lambda's response limit", async () => {
    process.env.GRAPHIQL = "true";
    vi.resetModules();
    const { handler } = await import("../src/lambda/graphql.ts");
    delete process.env.GRAPHIQL;
    const result = await handler(httpApiEvent({ method: "GET", path: "/graphql", headers: BROWSER }));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-encoding"]).toBe("gzip");
    expect(result.isBase64Encoded).toBe(true);
    expect((result.body ?? "").length).toBeLessThan(LAMBDA_RESPONSE_LIMIT);
    const html = gunzipSync(Buffer.from(result.body ?? "", "base64")).toString("utf8");
    expect(html).toContain("YogaGraphiQL.renderYogaGraphiQL");
    expect(html).toContain("query Countries");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });
});
