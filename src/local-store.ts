// The local doors' data (`npm start`, `npm run briefing`): the embedded
// DynamoDB with its table created and the seed loaded, unless the
// configuration points at another DynamoDB; that one is created and seeded
// only when SEED=true.
import { loadDataset } from "../seed/dataset.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { createClients } from "./store/client.ts";
import { ensureTable } from "./store/create-table.ts";
import { DynamoKnowledgeStore } from "./store/dynamodb-knowledge-store.ts";
import { startEmbeddedDynamoDB } from "./store/embedded-dynamodb.ts";
import { loadSeed } from "./store/seed-loader.ts";

export interface LocalStore {
  store: DynamoKnowledgeStore;
  /** Where the data is read from, for the startup message. */
  where: string;
  close(): Promise<void>;
}

export async function openLocalStore(config: Config, logger?: Logger): Promise<LocalStore> {
  const embedded = config.embedded ? await startEmbeddedDynamoDB({ path: config.embedded.dataDir }) : undefined;
  const storeConfig = embedded ? { ...config.store, ...embedded.connection } : config.store;
  const { client, doc } = createClients(storeConfig);
  const close = async () => {
    client.destroy();
    await embedded?.close();
  };
  try {
    // Resolving the region first turns a missing one into one clear error before any request.
    const region = await client.config.region().catch((error: unknown) => {
      throw new Error("No AWS region for DynamoDB: set AWS_REGION, or use a profile with a region (AWS_PROFILE).", { cause: error });
    });
    if (config.seed) {
      await ensureTable(client, storeConfig.tableName);
      const result = await loadSeed(doc, storeConfig.tableName, await loadDataset());
      logger?.info("seed data loaded", { ...result });
    }
    const where = config.embedded
      ? `embedded DynamoDB (${config.embedded.dataDir ? `kept in ${config.embedded.dataDir}` : "in memory"})`
      : `${storeConfig.endpoint ?? `DynamoDB in ${region}`}, table ${storeConfig.tableName}`;
    return { store: new DynamoKnowledgeStore(doc, storeConfig.tableName, { cursorSecret: storeConfig.cursorSecret }), where, close };
  } catch (error) {
    await close();
    throw error;
  }
}
