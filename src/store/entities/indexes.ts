// Every secondary index of the table: the shared by-type index and those the
// entity modules declare. The table is created from this list (create-table.ts
// locally, cdk/knowledge-table.ts in AWS), and cursors carry these key attributes.
import { INITIATIVE_INDEXES } from "./initiative.ts";
import { BY_TYPE, type IndexLayout, TABLE_KEY } from "./layout.ts";

export const INDEXES: readonly IndexLayout[] = [BY_TYPE, ...INITIATIVE_INDEXES];

/** Every key attribute of the table and its indexes. */
export const KEY_ATTRIBUTES: readonly string[] = [TABLE_KEY.pk, TABLE_KEY.sk, ...INDEXES.flatMap((i) => [i.pk, i.sk])];

/** The attributes that identify an item's position in a Query on the table (no index) or on an index. */
export function keyAttributesOf(indexName: string | undefined): string[] {
  const index = INDEXES.find((i) => i.name === indexName);
  return [TABLE_KEY.pk, TABLE_KEY.sk, ...(index ? [index.pk, index.sk] : [])];
}
