import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { silentLogger } from "../src/logger.ts";
import { createHttpServer } from "../src/server/http-server.ts";
import { BAD_INPUT_CORPUS, type BadRequest } from "./support/bad-input-corpus.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

/** Codes the README documents for errors a client can cause. */
const DOCUMENTED = new Set([
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "UNSUPPORTED_MEDIA_TYPE",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "NOT_ACCEPTABLE",
  "PAYLOAD_TOO_LARGE",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
]);

let t: TestDatabase;
let server: Server;
let origin: string;
type Handler = (event: ReturnType<typeof httpApiEvent>) => Promise<APIGatewayProxyStructuredResultV2>;
let lambdas: { graphql: Handler; briefing: Handler };

beforeAll(async () => {
  t = await startTestDatabase();
  const app = createApp({ store: t.store, logger: silentLogger });
  server = createHttpServer(app.fetch, silentLogger);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.TABLE_NAME = t.config.tableName;
  process.env.DYNAMODB_ENDPOINT = t.config.endpoint;
  lambdas = {
    graphql: (await import("../src/lambda/graphql.ts")).handler,
    briefing: (await import("../src/lambda/briefing.ts")).handler,
  };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

interface Answer {
  status: number;
  body: string;
}

async function viaHttp(r: BadRequest): Promise<Answer> {
  const response = await fetch(`${origin}${r.path}${r.query ? `?${r.query}` : ""}`, {
    method: r.method,
    headers: r.headers,
    body: r.method === "GET" || r.method === "HEAD" || r.body === undefined ? undefined : typeof r.body === "string" ? r.body : new Uint8Array(r.body),
  });
  return { status: response.status, body: await response.text() };
}

async function viaLambda(r: BadRequest): Promise<Answer> {
  const event = httpApiEvent({ method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body });
  const result = await (r.path.startsWith("/briefings/") ? lambdas.briefing : lambdas.graphql)(event);
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64").toString("utf8") : (result.body ?? "");
  return { status: result.statusCode ?? 200, body };
}

function expectHandled(answer: Answer, tableName: string) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.body).not.toMatch(/\n\s+at |node_modules|arn:aws|ResourceNotFound|DynamoDB|\.ts:\d+/);
  expect(answer.body).not.toContain(tableName);
  let json: { errors?: { extensions?: { code?: string } }[]; error?: string } | undefined;
  try {
    json = JSON.parse(answer.body);
  } catch {
    json = undefined;
  }
  const codes = json?.errors?.map((e) => e.extensions?.code) ?? (json?.error ? [json.error] : []);
  for (const code of codes) expect(DOCUMENTED).toContain(code);
  // Either the status says what went wrong, or the body does with a code.
  expect(answer.status >= 400 || codes.length > 0).toBe(true);
}

describe("bad input corpus", () => {
  it("holds at least 60 requests across every category", () => {
    expect(BAD_INPUT_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_INPUT_CORPUS.map((r) => r.category)).size).toBeGreaterThanOrEqual(14);
  });

  describe.each([
    ["local HTTP server", viaHttp],
    ["Lambda events", viaLambda],
  ] as const)("through the %s", (_door, send) => {
    it.each(BAD_INPUT_CORPUS.map((r) => [`${r.category}: ${r.name}`, r] as const))("%s", async (_name, request) => {
      expectHandled(await send(request), t.config.tableName);
    });
  });
});
