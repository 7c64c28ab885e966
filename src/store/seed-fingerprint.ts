// What a deploy's seed resource compares: one hash of the items a data set is
// stored as and of the table layout they assume (keys, indexes, record schema
// version). It changes when the data changes and when the layout does, even if
// the files did not, so either reseeds; and a seeder can tell whether an event
// concerns the data it carries or another deploy's (a rollback).
import { createHash } from "node:crypto";
import type { ValidatedDataset } from "../../seed/dataset.ts";
import { RECORD_SCHEMA_VERSION } from "../domain/schema-version.ts";
import { GSI1, GSI2, KEY, itemsFor } from "./table.ts";

/** The file beside the seeder's bundle that holds the fingerprint of the data it carries. */
export const FINGERPRINT_FILE = "seed-fingerprint.txt";

export function seedFingerprint(data: ValidatedDataset): string {
  const layout = { key: KEY, indexes: [GSI1, GSI2], recordSchemaVersion: RECORD_SCHEMA_VERSION };
  return createHash("sha256")
    .update(JSON.stringify(layout))
    .update("\0")
    .update(JSON.stringify(itemsFor(data, data.version)))
    .digest("hex")
    .slice(0, 16);
}
