// Creates the table with the layout of table.ts where none exists: used by
// the local server and the tests (CDK declares the same keys in AWS).
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient, ResourceInUseException, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import { GSI1, GSI2 } from "./table.ts";

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if ((error as Error).name !== "ResourceNotFoundException") throw error;
  }
  const index = (g: typeof GSI1 | typeof GSI2) => ({
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
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        AttributeDefinitions: ["pk", "sk", GSI1.pk, GSI1.sk, GSI2.pk, GSI2.sk].map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
        GlobalSecondaryIndexes: [index(GSI1), index(GSI2)],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
}
