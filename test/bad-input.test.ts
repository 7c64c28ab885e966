import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { HttpEvent } from "../src/lambda/event-request.ts";
import type { HttpResult } from "../src/lambda/http-adapter.ts";
import type { Logger } from "../src/logger.ts";
import { createHttpServer } from "../src/server/http-server.ts";
import { BAD_EVENT_CORPUS } from "./support/bad-event-corpus.ts";
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
  "HEADERS_TOO_LARGE",
  "REQUEST_TIMEOUT",
  "SERVICE_UNAVAILABLE",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
]);

/** Internal errors logged while the corpus runs: client input must cause none. */
const internal: string[] = [];
const logger: Logger = { info: () => {}, error: (message, data) => internal.push(`${message} ${JSON.stringify(data).slice(0, 300)}`) };

let t: TestDatabase;
let server: Server;
let port: number;
type Handler = (event: HttpEvent) => Promise<HttpResult>;
let lambdas: { graphql: Handler; briefing: Handler };

beforeAll(async () => {
  t = await startTestDatabase();
  const app = createApp({ store: t.store, logger });
  server = createHttpServer(app.fetch, { logger, host: "api.test" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  Object.assign(process.env, t.env);
  const [graphql, briefing] = [await import("../src/lambda/graphql.ts"), await import("../src/lambda/briefing.ts")];
  lambdas = { graphql: graphql.handler, briefing: briefing.handler };
});
beforeEach(() => {
  internal.length = 0;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

interface Answer {
  status: number;
  body: string;
}

/** Node's client, not fetch: it sends any Host header, and header bytes as given. */
function viaHttp(r: BadRequest): Promise<Answer> {
  const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, Buffer.from(v, "utf8").toString("latin1")]));
  const body = r.method === "GET" || r.method === "HEAD" || r.body === undefined ? undefined : Buffer.from(r.body);
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method: r.method, path: `${r.path}${r.query ? `?${r.query}` : ""}`, headers, setHost: !("host" in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const bodyOf = (result: HttpResult) => (result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64").toString("utf8") : (result.body ?? ""));

async function viaLambda(r: BadRequest): Promise<Answer> {
  const event = httpApiEvent({ method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body });
  const result = await (r.path.startsWith("/briefings/") ? lambdas.briefing : lambdas.graphql)(event);
  return { status: result.statusCode ?? 200, body: bodyOf(result) };
}

function expectHandled(answer: Answer, tableName: string, options: { method?: string; answerable?: boolean } = {}) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.body).not.toMatch(/\n\s+at |node_modules|arn:aws|ResourceNotFound|DynamoDB|\.ts:\d+|originalError|SyntaxError|is not valid JSON/);
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
  if (!options.answerable) expect(answer.status >= 400 || codes.length > 0).toBe(true);
  // An error answer says what happened in a JSON body (HEAD aside).
  if (answer.status >= 400 && options.method !== "HEAD") expect(codes.length).toBeGreaterThan(0);
  expect(internal).toEqual([]);
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
      const answer = await send(request);
      expectHandled(answer, t.config.tableName, request);
      if (request.forbid) expect(answer.body).not.toContain(request.forbid);
    });
  });
});

describe("bad Lambda events", () => {
  it.each(BAD_EVENT_CORPUS.flatMap((c) => (["graphql", "briefing"] as const).map((fn) => [`${fn}: ${c.name}`, fn, c] as const)))("%s", async (_name, fn, c) => {
    const result = await lambdas[fn](c.event);
    const answer = { status: result.statusCode ?? 200, body: bodyOf(result) };
    if (c.status) expect(answer.status).toBe(c.status);
    expectHandled(answer, t.config.tableName, { answerable: c.status === undefined });
  });
});
