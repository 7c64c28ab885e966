// A DynamoDB that accepts connections and never answers: every door answers
// SERVICE_UNAVAILABLE (GraphQL) or 503 (briefings) within the bound the
// configuration sets — attempts × (connect + request timeout) plus backoff —
// instead of hanging until a client or Lambda gives up.
import { type Server, createServer as createTcpServer } from "node:net";
import type { AddressInfo, Socket } from "node:net";
import type { Server as HttpServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { StoreConfig } from "../src/config.ts";
import { silentLogger } from "../src/logger.ts";
import { createHttpServer } from "../src/server/http-server.ts";
import { openDynamoStore } from "../src/store/dynamodb-knowledge-store.ts";
import { httpApiEvent } from "./support/events.ts";

const REQUEST_TIMEOUT_MS = 1000;
const ATTEMPTS = 2;
/** Both attempts time out, with the SDK's backoff between them and room for a loaded machine. */
const BOUND_MS = ATTEMPTS * REQUEST_TIMEOUT_MS + 3000;

let blackHole: Server;
const held: Socket[] = [];
let config: StoreConfig;
let http: HttpServer;
let origin: string;

beforeAll(async () => {
  blackHole = createTcpServer((socket) => {
    held.push(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}`;
  config = { tableName: "never-answers", endpoint, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, connectTimeoutMs: 500, requestTimeoutMs: REQUEST_TIMEOUT_MS, maxAttempts: ATTEMPTS };
  http = createHttpServer(createApp({ store: openDynamoStore(config), logger: silentLogger }).fetch, { logger: silentLogger, host: "api.test" });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    TABLE_NAME: config.tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "x",
    AWS_SECRET_ACCESS_KEY: "x",
    DYNAMODB_CONNECT_TIMEOUT_MS: "500",
    DYNAMODB_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    DYNAMODB_MAX_ATTEMPTS: String(ATTEMPTS),
  });
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
  for (const s of held) s.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
});

async function timed<T>(label: string, answer: () => Promise<T>): Promise<T> {
  const began = Date.now();
  const result = await answer();
  const ms = Date.now() - began;
  console.log(`DynamoDB never answers: ${label} answered in ${ms} ms (bound ${BOUND_MS} ms)`);
  expect(ms).toBeLessThan(BOUND_MS);
  return result;
}

const QUERY = JSON.stringify({ query: "{ countries { code } }" });

describe("a DynamoDB that accepts connections and never answers", () => {
  it("local server, GraphQL: SERVICE_UNAVAILABLE within the bound", async () => {
    const body = await timed("local GraphQL", async () => (await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY })).json());
    expect(body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("local server, briefing: 503 within the bound", async () => {
    const response = await timed("local briefing", () => fetch(`${origin}/briefings/KZ.pdf`));
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe("SERVICE_UNAVAILABLE");
  });

  it("Lambda, GraphQL: SERVICE_UNAVAILABLE within the bound", async () => {
    const { handler } = await import("../src/lambda/graphql.ts");
    const result = await timed("Lambda GraphQL", () => handler(httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: QUERY })));
    expect(JSON.parse(result.body ?? "{}").errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("Lambda, briefing: 503 within the bound", async () => {
    const { handler } = await import("../src/lambda/briefing.ts");
    const result = await timed("Lambda briefing", () => handler(httpApiEvent({ method: "GET", path: "/briefings/KZ.pdf" })));
    expect(result.statusCode).toBe(503);
  });
});
