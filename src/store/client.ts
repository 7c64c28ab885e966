// One DynamoDB client per process, with explicit timeouts and standard retries,
// so that an unreachable or throttling DynamoDB surfaces as an error in bounded
// time instead of a hanging request. Region and credentials come from the AWS
// SDK's default chains unless the configuration fixes them (the embedded database).
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { StoreConfig } from "../config.ts";

export function createClients(config: Omit<StoreConfig, "tableName">): { client: DynamoDBClient; doc: DynamoDBDocumentClient } {
  const client = new DynamoDBClient({
    ...(config.region ? { region: config.region } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    maxAttempts: config.maxAttempts,
    retryMode: "standard",
    requestHandler: new NodeHttpHandler({
      connectionTimeout: config.connectTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      // Without it the handler only warns when requestTimeout passes, and a
      // DynamoDB that accepts connections but never answers hangs every request.
      throwOnRequestTimeout: true,
      // A socket silent for as long is dead, whatever the request's state.
      socketTimeout: config.requestTimeoutMs,
    }),
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { client, doc };
}
