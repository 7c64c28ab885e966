// A write-ahead marker for the seed loader: written before a load changes
// anything and deleted once the data version is written. Found at the start of
// a load, it says the previous one was interrupted (a crash, kill -9), so that
// this one checks the indexes as well as the items before writing.
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

export const LOAD_MARKER_KEY = { pk: "SEED", sk: "LOADING" } as const;

export const isLoadMarker = (i: { pk: unknown; sk: unknown }) => i.pk === LOAD_MARKER_KEY.pk && i.sk === LOAD_MARKER_KEY.sk;

export async function markLoading(doc: DynamoDBDocumentClient, tableName: string, version: string): Promise<void> {
  await doc.send(new PutCommand({ TableName: tableName, Item: { ...LOAD_MARKER_KEY, version, since: new Date().toISOString() } }));
}

export async function markLoaded(doc: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await doc.send(new DeleteCommand({ TableName: tableName, Key: LOAD_MARKER_KEY }));
}
