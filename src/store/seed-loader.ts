// Brings the table to exactly the validated data set: writes what is new or
// changed, deletes what the files no longer hold, and writes the data version
// last. Running it twice, or again after an interruption, ends in the same
// table as one clean run: a load that changes anything runs between the marks
// of load-marker.ts, and one that finds the mark of an interrupted load first
// repairs the index entries that load may have torn from their items.
import { ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { isDeepStrictEqual } from "node:util";
import type { Dataset } from "../domain/records.ts";
import { batchWrite, type WriteRequest } from "./batch.ts";
import { isMetaItem } from "./entities/data-version.ts";
import { itemsFor } from "./entities/items.ts";
import type { Item } from "./entities/layout.ts";
import { repairIndexes } from "./index-repair.ts";
import { isLoadMarker, markLoaded, markLoading } from "./load-marker.ts";

/** A validated data set (seed/dataset.ts), its content hash and its release date. */
export interface VersionedDataset extends Dataset {
  version: string;
  released: string | null;
}

export interface SeedResult {
  version: string;
  written: number;
  deleted: number;
  unchanged: number;
  /** Index entries repaired after an interrupted load. */
  repaired: number;
}

const keyString = (i: { pk: unknown; sk: unknown }) => `${String(i.pk)}\u0000${String(i.sk)}`;

export async function loadSeed(doc: DynamoDBDocumentClient, tableName: string, data: VersionedDataset): Promise<SeedResult> {
  const desired = itemsFor(data, data.version, data.released).map((i) => JSON.parse(JSON.stringify(i)) as Item);
  const existing = new Map<string, Record<string, unknown>>();
  // A Scan is right here: the loader owns the whole table and runs off the request path.
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of out.Items ?? []) existing.set(keyString(item as Item), item);
    start = out.LastEvaluatedKey;
  } while (start);
  const interrupted = [...existing.values()].some((i) => isLoadMarker(i as Item));
  for (const [key, item] of existing) if (isLoadMarker(item as Item)) existing.delete(key);
  const repaired = interrupted ? await repairIndexes(doc, tableName, existing) : 0;

  const puts: WriteRequest[] = [];
  let unchanged = 0;
  for (const item of desired.filter((i) => !isMetaItem(i))) {
    if (isDeepStrictEqual(existing.get(keyString(item)), item)) unchanged++;
    else puts.push({ PutRequest: { Item: item } });
  }
  const wanted = new Set(desired.map(keyString));
  const deletes: WriteRequest[] = [...existing.values()]
    .filter((i) => !wanted.has(keyString(i as Item)))
    .map((i) => ({ DeleteRequest: { Key: { pk: i.pk as string, sk: i.sk as string } } }));

  const meta = desired.find(isMetaItem);
  const metaChanged = meta !== undefined && !isDeepStrictEqual(existing.get(keyString(meta)), meta);
  const changes = puts.length + deletes.length > 0 || metaChanged;
  if (changes && !interrupted) await markLoading(doc, tableName, data.version);
  await batchWrite(doc, tableName, puts);
  await batchWrite(doc, tableName, deletes);
  if (meta && metaChanged) {
    await batchWrite(doc, tableName, [{ PutRequest: { Item: meta } }]);
    puts.push({ PutRequest: { Item: meta } });
  } else unchanged++;
  if (changes || interrupted) await markLoaded(doc, tableName);
  return { version: data.version, written: puts.length, deleted: deletes.length, unchanged, repaired };
}
