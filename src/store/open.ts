// Opens the knowledge store from configuration: the table is created and
// seeded only where asked (always for the embedded database).
import { loadDataset } from "../../seed/dataset.ts";
import type { StoreConfig } from "../config.ts";
import type { Logger } from "../logger.ts";
import { createClients } from "./client.ts";
import { ensureTable } from "./create-table.ts";
import { KnowledgeStore } from "./knowledge-store.ts";
import { loadSeed } from "./seed-loader.ts";

export async function openStore(config: StoreConfig, options: { createTable?: boolean; seed?: boolean; logger?: Logger } = {}) {
  const { client, doc } = createClients(config);
  if (options.createTable) await ensureTable(client, config.tableName);
  if (options.seed) {
    const result = await loadSeed(doc, config.tableName, await loadDataset());
    options.logger?.info("seed data loaded", { ...result });
  }
  return new KnowledgeStore(doc, config.tableName, { dataVersionMaxAgeMs: config.dataVersionMaxAgeMs });
}
