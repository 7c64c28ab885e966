// What a deploy's seed resource compares: one hash of the items a data set is
// stored as and of the table layout they assume (keys, indexes, record schema
// version). It changes when the data changes and when the layout does, even if
// the files did not, so either reseeds; and a seeder can tell whether an event
// concerns the data it carries or another deploy's (a rollback).
import { createHash } from "node:crypto";
import { RECORD_SCHEMA_VERSION } from "../domain/schema-version.ts";
import { INDEXES } from "./entities/indexes.ts";
import { itemsFor } from "./entities/items.ts";
import { TABLE_KEY } from "./entities/layout.ts";
import type { VersionedDataset } from "./seed-loader.ts";

/** The file beside the seeder's bundle that holds the fingerprint of the data it carries. */
export const FINGERPRINT_FILE = "seed-fingerprint.txt";

export function seedFingerprint(data: VersionedDataset): string {
  const layout = { key: TABLE_KEY, indexes: INDEXES, recordSchemaVersion: RECORD_SCHEMA_VERSION };
  return createHash("sha256")
    .update(JSON.stringify(layout))
    .update("\0")
    .update(JSON.stringify(itemsFor(data, data.version, data.released)))
    .digest("hex")
    .slice(0, 16);
}
