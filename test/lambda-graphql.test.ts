import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { handler as Handler } from "../src/lambda/graphql.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

let t: TestDatabase;
let handler: typeof Handler;
beforeAll(async () => {
  t = await startTestDatabase();
  Object.assign(process.env, t.env);
  ({ handler } = await import("../src/lambda/graphql.ts"));
});
afterAll(async () => {
  for (const name of Object.keys(t.env)) delete process.env[name];
  await t.close();
});

const json = (body: string | undefined) => JSON.parse(body ?? "null");
const query = JSON.stringify({ query: '{ country(code: "KZ") { name briefingUrl } }' });

describe("GraphQL Lambda handler (HTTP API payload 2.0)", () => {
  it("answers a POST with a JSON body", async () => {
    const result = await handler(httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: query }));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-type"]).toMatch(/json/);
    expect(result.isBase64Encoded).toBe(false);
    expect(json(result.body).data.country).toEqual({
      name: "Kazakhstan",
      briefingUrl: "https://abc123.execute-api.eu-central-1.amazonaws.com/briefings/KZ.pdf",
    });
  });

  it("decodes a base64-encoded body", async () => {
    const result = await handler(httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: Buffer.from(query) }));
    expect(json(result.body).data.country.name).toBe("Kazakhstan");
  });

  it("answers a GET with the operation in the query string", async () => {
    const qs = new URLSearchParams({ query: "query Periods { periods { ordinal } }" }).toString();
    const result = await handler(httpApiEvent({ method: "GET", path: "/graphql", query: qs, headers: { accept: "application/json" } }));
    expect(result.statusCode).toBe(200);
    expect(json(result.body).data.periods).toHaveLength(5);
  });

  it("passes cookies and headers through without breaking the request", async () => {
    const result = await handler(
      httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json", "x-request-id": "abc" }, cookies: ["a=1", "b=2"], body: query }),
    );
    expect(result.statusCode).toBe(200);
  });

  it("refuses a mutation over GET and malformed JSON with 4xx, never 5xx", async () => {
    const get = await handler(httpApiEvent({ method: "GET", path: "/graphql", query: "query=mutation%7Bx%7D", headers: { accept: "application/json" } }));
    expect(get.statusCode).toBeGreaterThanOrEqual(400);
    expect(get.statusCode).toBeLessThan(500);
    const broken = await handler(httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: "{" }));
    expect(broken.statusCode).toBe(400);
  });

  it("keeps GraphiQL off unless configured", async () => {
    const result = await handler(httpApiEvent({ method: "GET", path: "/graphql", headers: { accept: "text/html" } }));
    expect(result.body ?? "").not.toMatch(/graphiql/i);
  });
});
