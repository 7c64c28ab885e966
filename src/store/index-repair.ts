// Repairs index entries that disagree with their items. DynamoDB keeps its
// indexes in step with the table, but dynalite (the embedded database) writes
// an item's index entries and the item itself separately: a process killed
// between the two leaves index entries no later write of an unchanged item
// corrects, and list queries (which read the indexes) would serve them forever.
// The seed loader runs this only after an interrupted load (see load-marker.ts).
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { isDeepStrictEqual } from "node:util";
import { INDEXES } from "./entities/indexes.ts";

type Item = Record<string, unknown>;
const keyString = (i: Item) => `${String(i.pk)}\u0000${String(i.sk)}`;

/**
 * Compares every index entry with the table's item of the same key; returns
 * how many it repaired. `items` is the table as just scanned, by key.
 */
export async function repairIndexes(doc: DynamoDBDocumentClient, tableName: string, items: ReadonlyMap<string, Item>): Promise<number> {
  const repairs = new Map<string, { stale: Item[]; item?: Item }>();
  for (const index of INDEXES) {
    const seen = new Set<string>();
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new ScanCommand({ TableName: tableName, IndexName: index.name, ExclusiveStartKey: start }));
      for (const entry of out.Items ?? []) {
        const key = keyString(entry);
        seen.add(key);
        const item = items.get(key);
        if (!isDeepStrictEqual(item, entry)) repairs.set(key, { stale: [...(repairs.get(key)?.stale ?? []), entry], item });
      }
      start = out.LastEvaluatedKey;
    } while (start);
    // Items that belong in this index but have no entry in it.
    for (const [key, item] of items) {
      if (item[index.pk] !== undefined && item[index.sk] !== undefined && !seen.has(key) && !repairs.has(key)) repairs.set(key, { stale: [], item });
    }
  }
  for (const { stale, item } of repairs.values()) {
    // Writing the stale version makes it the item the database removes index
    // entries for on the next write; that write then restores the true item (or its absence).
    for (const entry of stale) await doc.send(new PutCommand({ TableName: tableName, Item: entry }));
    if (item) await doc.send(new PutCommand({ TableName: tableName, Item: item }));
    else {
      const entry = stale[0];
      if (entry) await doc.send(new DeleteCommand({ TableName: tableName, Key: { pk: entry.pk, sk: entry.sk } }));
    }
  }
  return repairs.size;
}
