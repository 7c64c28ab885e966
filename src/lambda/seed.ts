// Lambda door for the CDK custom resource that seeds the table on deploy
// (cdk/seeding.ts): Create and Update load the seed files carried in this
// function's asset with the same validator and loader as `npm start`.
//
// Once bundled, seed/dataset.ts resolves its default folder against the
// bundle's own URL, so it reads the `data/` folder the asset carries beside it.
import { readFile } from "node:fs/promises";
import type { CdkCustomResourceEvent, CdkCustomResourceResponse } from "aws-lambda";
import { loadDataset } from "../../seed/dataset.ts";
import { configFromEnv } from "../config.ts";
import { describeError, jsonLogger } from "../logger.ts";
import { createClients } from "../store/client.ts";
import { DynamoKnowledgeStore } from "../store/dynamodb-knowledge-store.ts";
import { FINGERPRINT_FILE, seedFingerprint } from "../store/seed-fingerprint.ts";
import { loadSeed } from "../store/seed-loader.ts";
import { seedFailureMessage } from "./seed-failure.ts";

/** Properties the stack gives the resource; a change to any of them reseeds. */
export interface SeedProperties {
  TableName: string;
  /** Fingerprint of the data and item layout (src/store/seed-fingerprint.ts), so that either change triggers an Update. */
  DataHash: string;
}

const carriedFingerprint = async () => (await readFile(new URL(`./${FINGERPRINT_FILE}`, import.meta.url), "utf8")).trim();

export async function handler(event: CdkCustomResourceEvent): Promise<CdkCustomResourceResponse> {
  const { TableName, DataHash } = event.ResourceProperties as unknown as SeedProperties;
  // Stable per table: a replaced table gets a new seed resource, and the old one's Delete does nothing.
  const PhysicalResourceId = `seed:${TableName}`;
  if (event.RequestType === "Delete") {
    // A retained table keeps its data when the stack goes; a destroyed one
    // goes with all its items. Either way there is nothing to remove here.
    jsonLogger.info("seed resource deleted; table left as it is", { tableName: TableName });
    return { PhysicalResourceId: event.PhysicalResourceId };
  }
  const { doc } = createClients(configFromEnv().store);
  try {
    const carried = await carriedFingerprint();
    if (DataHash !== carried) {
      // A rollback asks for the previous deploy's data while this asset still
      // carries the new one. Loading it would redo the change being undone (or
      // fail again and leave the stack in UPDATE_ROLLBACK_FAILED): leave the table be.
      const version = await new DynamoKnowledgeStore(doc, TableName).dataVersion();
      jsonLogger.info("seed event is for other data (a rollback); table left as it is", { tableName: TableName, requested: DataHash, carried, version });
      return { PhysicalResourceId, Data: { Version: version ?? "none", Written: 0, Deleted: 0 } };
    }
    // Validation comes first and throws before any write: an invalid data set
    // fails the deploy and leaves the table as it was.
    const dataset = await loadDataset();
    if (seedFingerprint(dataset) !== carried) throw new Error(`the asset's data does not match its fingerprint ${carried}; rebuild the asset`);
    const result = await loadSeed(doc, TableName, dataset);
    jsonLogger.info("seed data loaded", { tableName: TableName, fingerprint: carried, ...result });
    return { PhysicalResourceId, Data: { Version: result.version, Written: result.written, Deleted: result.deleted } };
  } catch (error) {
    // The full error (a validation error's message lists every problem) goes to the log only.
    jsonLogger.error("seeding failed", { tableName: TableName, ...describeError(error) });
    throw new Error(seedFailureMessage(error, process.env.AWS_LAMBDA_LOG_GROUP_NAME ?? "(this function's log group)"));
  }
}
