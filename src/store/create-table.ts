// Creates the table with the layout of entities/ where none exists: used by
// the local doors and the tests (cdk/knowledge-table.ts declares the same in AWS).
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient, ResourceInUseException, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import { INDEXES, KEY_ATTRIBUTES } from "./entities/indexes.ts";
import { type IndexLayout, TABLE_KEY } from "./entities/layout.ts";

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if ((error as Error).name !== "ResourceNotFoundException") throw error;
  }
  const index = (g: IndexLayout) => ({
    IndexName: g.name,
    KeySchema: [
      { AttributeName: g.pk, KeyType: "HASH" as const },
      { AttributeName: g.sk, KeyType: "RANGE" as const },
    ],
    Projection: { ProjectionType: "ALL" as const },
  });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: TABLE_KEY.pk, KeyType: "HASH" },
          { AttributeName: TABLE_KEY.sk, KeyType: "RANGE" },
        ],
        AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
        GlobalSecondaryIndexes: INDEXES.map(index),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
}
