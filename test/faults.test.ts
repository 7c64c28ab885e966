import { afterEach, describe, expect, it } from "vitest";
import { createClients } from "../src/store/client.ts";
import { ensureTable } from "../src/store/create-table.ts";
import { startEmbeddedDynamoDB } from "../src/store/embedded-dynamodb.ts";
import { DynamoKnowledgeStore } from "../src/store/dynamodb-knowledge-store.ts";
import { loadSeed } from "../src/store/seed-loader.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { graphqlClient } from "./support/graphql.ts";
import { dumpTable } from "./support/table-dump.ts";

const open: TestDatabase[] = [];
const start = async (options?: Parameters<typeof startTestDatabase>[0]) => {
  const t = await startTestDatabase(options);
  open.push(t);
  return t;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close().catch(() => {})));
});

const throttling = () => Object.assign(new Error("Rate of requests exceeds the allowed throughput."), { name: "ThrottlingException", $metadata: { httpStatusCode: 400 }, $fault: "client" });

describe("faults", () => {
  it("retries injected throttling and succeeds", async () => {
    const t = await start();
    const { doc } = createClients({ ...t.config, maxAttempts: 3 });
    let calls = 0;
    // At the deserialize step the SDK's retry strategy sees the error, as it would a real 400 ThrottlingException.
    doc.middlewareStack.add((next) => async (args) => (++calls <= 2 ? Promise.reject(throttling()) : next(args)), { step: "deserialize", name: "injectThrottling" });
    const r = await graphqlClient(new DynamoKnowledgeStore(doc, t.config.tableName))("{ periods { ordinal } }");
    expect(r.errors).toBeUndefined();
    expect(r.data?.periods).toHaveLength(5);
    expect(calls).toBe(3);
  });

  it("reports throttling that outlasts the retries as SERVICE_UNAVAILABLE", async () => {
    const t = await start();
    const { doc } = createClients({ ...t.config, maxAttempts: 2 });
    doc.middlewareStack.add(() => async () => Promise.reject(throttling()), { step: "deserialize", name: "alwaysThrottle" });
    const r = await graphqlClient(new DynamoKnowledgeStore(doc, t.config.tableName))("{ periods { ordinal } }");
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(JSON.stringify(r)).not.toMatch(/Throttling|throughput/);
  });

  it("answers SERVICE_UNAVAILABLE promptly while DynamoDB is down, and recovers when it returns", async () => {
    const t = await start();
    const config = { ...t.config, connectTimeoutMs: 300, requestTimeoutMs: 1000, maxAttempts: 2 };
    const { doc } = createClients(config);
    const gql = graphqlClient(new DynamoKnowledgeStore(doc, config.tableName));
    expect((await gql("{ countries { code } }")).data?.countries).toHaveLength(5);

    const port = t.db.port;
    await t.db.close();
    const began = Date.now();
    const down = await gql("{ countries { code } }");
    expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // Bounded by the configured timeouts and attempts, not a hang (generous for a loaded CI machine).
    expect(Date.now() - began).toBeLessThan(10_000);

    const back = await startEmbeddedDynamoDB({ port });
    try {
      const { client } = createClients(config);
      await ensureTable(client, config.tableName);
      await loadSeed(doc, config.tableName, t.dataset);
      expect((await gql("{ countries { code } }")).data?.countries).toHaveLength(5);
    } finally {
      await back.close();
    }
  });

  it("leaves the table identical to one clean load when a load dies midway and runs again", async () => {
    const clean = await start();
    const expected = await dumpTable(clean.doc, clean.config.tableName);

    const t = await start({ seed: false });
    const { doc } = createClients(t.config);
    let writes = 0;
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (/BatchWrite/.test(context.commandName ?? "") && ++writes > 3) throw new Error("process killed");
        return next(args);
      },
      { step: "initialize", name: "dieMidway" },
    );
    await expect(loadSeed(doc, t.config.tableName, t.dataset)).rejects.toThrow("process killed");
    const partial = await dumpTable(t.doc, t.config.tableName);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(expected.length);
    expect(partial.some((i) => i.pk === "META")).toBe(false);

    await loadSeed(t.doc, t.config.tableName, t.dataset);
    expect(await dumpTable(t.doc, t.config.tableName)).toEqual(expected);
  });
});
