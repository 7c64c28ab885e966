// A process that loads the seed data into an embedded DynamoDB kept in a
// folder: the real data, or a changed copy (every initiative renamed, every
// third a year later) that the kill test interrupts with SIGKILL.
import { loadDataset } from "../../seed/dataset.ts";
import { createClients } from "../../src/store/client.ts";
import { ensureTable } from "../../src/store/create-table.ts";
import { startEmbeddedDynamoDB } from "../../src/store/embedded-dynamodb.ts";
import { loadSeed } from "../../src/store/seed-loader.ts";

export const KILL_TEST_TABLE = "kill-test";

const [dir, which] = process.argv.slice(2);
const db = await startEmbeddedDynamoDB({ path: dir });
const { client, doc } = createClients({ ...db.connection, connectTimeoutMs: 1000, requestTimeoutMs: 10_000, maxAttempts: 3 });
await ensureTable(client, KILL_TEST_TABLE);
const data = await loadDataset();
const dataset =
  which === "changed"
    ? {
        ...data,
        version: `${data.version}-changed`,
        initiatives: data.initiatives.map((i, n) => ({ ...i, name: `${i.name} (changed)`, year: n % 3 === 0 ? i.year + 1 : i.year })),
      }
    : data;
// Tells the test when writing has begun, so that its kill lands among the writes.
let writing = false;
doc.middlewareStack.add(
  (next, context) => async (args) => {
    if (!writing && /BatchWrite/.test(context.commandName ?? "")) {
      writing = true;
      console.log("writing");
    }
    return next(args);
  },
  { step: "initialize", name: "announceWrites" },
);
const result = await loadSeed(doc, KILL_TEST_TABLE, dataset);
console.log(JSON.stringify(result));
client.destroy();
await db.close();
