import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServerAdapter } from "@whatwg-node/server";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { silentLogger } from "../src/logger.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

let t: TestDatabase;
let server: Server;
let origin = "";
let lambda: (typeof import("../src/lambda/graphql.ts"))["handler"];

beforeAll(async () => {
  t = await startTestDatabase();
  server = createServer(createServerAdapter(createApp({ store: t.store, logger: silentLogger }).fetch));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, t.env);
  lambda = (await import("../src/lambda/graphql.ts")).handler;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** fetch, answered by the Lambda handler through an HTTP API v2 event. */
async function lambdaFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : Buffer.from(await request.arrayBuffer());
  const result = await lambda(
    httpApiEvent({ method: request.method, path: url.pathname, query: url.search.slice(1), headers: Object.fromEntries(request.headers), body }),
  );
  const payload = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64") : (result.body ?? "");
  const status = result.statusCode ?? 200;
  return new Response(status === 204 || status === 304 ? null : payload, { status, headers: result.headers as Record<string, string> });
}

const audits = serverAudits({ url: () => `${origin}/graphql`, fetchFn: (...args: Parameters<typeof fetch>) => fetch(...args) });
const lambdaAudits = serverAudits({ url: "https://abc123.execute-api.eu-central-1.amazonaws.com/graphql", fetchFn: lambdaFetch });

describe("GraphQL over HTTP audits (graphql-http)", () => {
  describe("through the local HTTP server", () => {
    it.each(audits.map((a) => [`${a.id} ${a.name}`, a] as const))("%s", async (_name, audit) => {
      const result = await audit.fn();
      expect(result, "reason" in result ? result.reason : "").toMatchObject({ status: "ok" });
    });
  });
  describe("through Lambda events", () => {
    it.each(lambdaAudits.map((a) => [`${a.id} ${a.name}`, a] as const))("%s", async (_name, audit) => {
      const result = await audit.fn();
      expect(result, "reason" in result ? result.reason : "").toMatchObject({ status: "ok" });
    });
  });
});
