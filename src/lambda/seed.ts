// Lambda door for the CDK custom resource that seeds the table on deploy
// (cdk/seeding.ts): Create and Update load the seed files carried in this
// function's asset with the same validator and loader as `npm start`.
//
// Once bundled, seed/dataset.ts resolves its default folder against the
// bundle's own URL, so it reads the `data/` folder the asset carries beside it.
import type { CdkCustomResourceEvent, CdkCustomResourceResponse } from "aws-lambda";
import { loadDataset } from "../../seed/dataset.ts";
import { configFromEnv } from "../config.ts";
import { describeError, jsonLogger } from "../logger.ts";
import { createClients } from "../store/client.ts";
import { loadSeed } from "../store/seed-loader.ts";

/** Properties the stack gives the resource; a change to any of them reseeds. */
export interface SeedProperties {
  TableName: string;
  /** Hash of the seed files, so that changed data triggers an Update. */
  DataHash: string;
}

export async function handler(event: CdkCustomResourceEvent): Promise<CdkCustomResourceResponse> {
  const { TableName } = event.ResourceProperties as unknown as SeedProperties;
  if (event.RequestType === "Delete") {
    // A retained table keeps its data when the stack goes; a destroyed one
    // goes with all its items. Either way there is nothing to remove here.
    jsonLogger.info("seed resource deleted; table left as it is", { tableName: TableName });
    return { PhysicalResourceId: event.PhysicalResourceId };
  }
  try {
    // Validation comes first and throws before any write: an invalid data set
    // fails the deploy and leaves the table as it was.
    const dataset = await loadDataset();
    const { doc } = createClients(configFromEnv().store);
    const result = await loadSeed(doc, TableName, dataset);
    jsonLogger.info("seed data loaded", { tableName: TableName, ...result });
    return {
      // Stable per table: a replaced table gets a new seed resource, and the old one's Delete does nothing.
      PhysicalResourceId: `seed:${TableName}`,
      Data: { Version: result.version, Written: result.written, Deleted: result.deleted },
    };
  } catch (error) {
    jsonLogger.error("seeding failed", { tableName: TableName, ...describeError(error) });
    throw error;
  }
}
