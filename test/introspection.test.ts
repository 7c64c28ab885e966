// Introspection as GraphiQL, graphql-codegen, Apollo and IDE plugins send it:
// graphql-js's standard query with every option, through both doors. The
// schema it yields, printed and sorted, is the committed contract.
import { readFile } from "node:fs/promises";
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema, printSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { SCHEMA_FILE } from "../src/graphql/schema-file.ts";
import type { handler as Handler } from "../src/lambda/graphql.ts";
import { silentLogger } from "../src/logger.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

const FULL_QUERY = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

let t: TestDatabase;
let lambda: typeof Handler;
let local: ReturnType<typeof createApp>;
let committed: string;

beforeAll(async () => {
  t = await startTestDatabase();
  Object.assign(process.env, t.env);
  ({ handler: lambda } = await import("../src/lambda/graphql.ts"));
  local = createApp({ store: t.store, logger: silentLogger });
  committed = await readFile(SCHEMA_FILE, "utf8");
});
afterAll(async () => {
  for (const name of Object.keys(t.env)) delete process.env[name];
  await t.close();
});

type Answer = { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } };

const doors: Record<string, (query: string) => Promise<Answer>> = {
  local: async (query) => {
    const response = await local.fetch(new Request("http://127.0.0.1:4000/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query }) }));
    return { status: response.status, body: await response.json() };
  },
  lambda: async (query) => {
    const result = await lambda(httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query }) }));
    return { status: result.statusCode ?? 0, body: JSON.parse(result.body ?? "null") };
  },
};

const printed = (data: unknown) => `${printSchema(lexicographicSortSchema(buildClientSchema(data as IntrospectionQuery)))}\n`;
const nested = (levels: number) => `{ __schema { types { fields { type ${"{ ofType ".repeat(levels)}{ name }${" }".repeat(levels)} } } } }`;

describe.each(Object.entries(doors))("introspection through the %s door", (_, ask) => {
  it("answers the full standard introspection query with the committed schema", async () => {
    const { status, body } = await ask(FULL_QUERY);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(printed(body.data)).toBe(committed);
  });

  it("still refuses introspection nested past its own bound", async () => {
    expect((await ask(nested(9))).status).toBe(200);
    const { status, body } = await ask(nested(20));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("caps repeated and aliased __schema and __type fields", async () => {
    const repeated = await ask(`{ ${"__schema { queryType { name } } ".repeat(4)} }`);
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const aliased = await ask(`{ ${Array.from({ length: 4 }, (_, i) => `t${i}: __type(name: "Country") { name }`).join(" ")} }`);
    expect(aliased.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect((await ask('{ a: __type(name: "Country") { name } b: __type(name: "Initiative") { name } }')).status).toBe(200);
  });

  it("keeps the data's own depth bound beside an introspection field", async () => {
    const deep = `{ __schema { queryType { name } } countries { ${"initiatives { edges { node { countries { ".repeat(3)}code${" } } } }".repeat(3)} } }`;
    const { body } = await ask(deep);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("with introspection turned off", () => {
  it("refuses __schema and __type but answers __typename", async () => {
    const app = createApp({ store: t.store, logger: silentLogger, introspection: false });
    const ask = async (query: string) => {
      const response = await app.fetch(new Request("http://127.0.0.1:4000/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query }) }));
      return { status: response.status, body: (await response.json()) as Answer["body"] };
    };
    const refused = await ask(FULL_QUERY);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await ask("{ __typename }")).body.data).toEqual({ __typename: "Query" });
  });
});
