// Every item of a table, in key order: to compare a table's whole contents.
import { ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export async function dumpTable(doc: DynamoDBDocumentClient, tableName: string): Promise<Record<string, unknown>[]> {
  const out = await doc.send(new ScanCommand({ TableName: tableName }));
  return (out.Items ?? []).sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}
