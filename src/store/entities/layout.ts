// What every entity module builds on: the table's key attributes, the index
// all entities share (every record by type), and the item envelope. Indexes
// that serve one entity live in that entity's module (see indexes.ts).
import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { EntityMap, EntityType } from "../../domain/entity-types.ts";
import { RECORD_SCHEMA_VERSION } from "../../domain/schema-version.ts";

export interface IndexLayout {
  name: string;
  pk: string;
  sk: string;
}

export const TABLE_KEY = { pk: "pk", sk: "sk" } as const;

/** gsi1: every record of a type, in the order its module writes into gsi1sk. */
export const BY_TYPE = { name: "gsi1", pk: "gsi1pk", sk: "gsi1sk" } as const satisfies IndexLayout;

export type Item = Record<string, unknown> & { pk: string; sk: string };

/** A Query as an access pattern states it; the store adds the table, the page size and the start key. */
export type QueryRequest = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey" | "Limit">;

export const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** An entity item: its record under `data`, stamped with type and record schema version; sk defaults to pk. */
export function entityItem<T extends EntityType>(type: T, data: EntityMap[T], keys: Record<string, unknown> & { pk: string; sk?: string }): Item {
  return { sk: keys.pk, ...keys, type, v: RECORD_SCHEMA_VERSION, data } as Item;
}

/** The record an entity item holds. */
export function recordOf<T extends EntityType>(item: Record<string, unknown>): EntityMap[T] {
  return item.data as EntityMap[T];
}

/** Every record of one type, from the by-type index. */
export function byTypeQuery(type: string): QueryRequest {
  return { IndexName: BY_TYPE.name, KeyConditionExpression: `${BY_TYPE.pk} = :t`, ExpressionAttributeValues: { ":t": type } };
}
