// A real DynamoDB API for tests: dynalite on a free loopback port, the table
// created as the app creates it, and (unless told otherwise) the seed loaded.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type ValidatedDataset, loadDataset } from "../../seed/dataset.ts";
import type { StoreConfig } from "../../src/config.ts";
import { createClients } from "../../src/store/client.ts";
import { ensureTable } from "../../src/store/create-table.ts";
import { DynamoKnowledgeStore } from "../../src/store/dynamodb-knowledge-store.ts";
import { type EmbeddedDynamoDB, startEmbeddedDynamoDB } from "../../src/store/embedded-dynamodb.ts";
import { loadSeed } from "../../src/store/seed-loader.ts";

export interface TestDatabase {
  db: EmbeddedDynamoDB;
  config: StoreConfig & { endpoint: string };
  /**
   * The environment a door (Lambda handler, built bundle) needs to reach this
   * database through configFromEnv: as for any DynamoDB endpoint, credentials
   * come from the AWS environment, here fixed ones that dynalite accepts.
   */
  env: Record<string, string>;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  store: DynamoKnowledgeStore;
  dataset: ValidatedDataset;
  close(): Promise<void>;
}

let tables = 0;

export async function startTestDatabase(options: { seed?: boolean; dataset?: ValidatedDataset } = {}): Promise<TestDatabase> {
  const db = await startEmbeddedDynamoDB();
  const config = {
    tableName: `test-${process.pid}-${++tables}`,
    ...db.connection,
    connectTimeoutMs: 1000,
    requestTimeoutMs: 3000,
    maxAttempts: 3,
  };
  const { client, doc } = createClients(config);
  await ensureTable(client, config.tableName);
  const dataset = options.dataset ?? (await loadDataset());
  if (options.seed !== false) await loadSeed(doc, config.tableName, dataset);
  return {
    db,
    config,
    env: {
      TABLE_NAME: config.tableName,
      DYNAMODB_ENDPOINT: config.endpoint,
      AWS_REGION: config.region,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
    },
    client,
    doc,
    store: new DynamoKnowledgeStore(doc, config.tableName),
    dataset,
    close: async () => {
      client.destroy();
      await db.close();
    },
  };
}
