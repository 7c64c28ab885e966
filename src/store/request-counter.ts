// Counts the DynamoDB requests a client sends, by operation (quality.md P1).
// Added at the initialize step, so it counts each API call once: the SDK's
// retries of a call happen further down the stack and are not new requests.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface RequestCounter {
  /** Requests since the last reset, by operation ("Query", "BatchGetItem", ...). */
  readonly byOperation: Record<string, number>;
  total(): number;
  reset(): void;
}

export function countRequests(client: DynamoDBClient | DynamoDBDocumentClient): RequestCounter {
  const byOperation: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => (args) => {
      // Command names end in "Command": "QueryCommand" is the Query operation.
      const operation = String(context.commandName ?? "unknown").replace(/Command$/, "");
      byOperation[operation] = (byOperation[operation] ?? 0) + 1;
      return next(args);
    },
    { step: "initialize", name: "countRequests" },
  );
  return {
    byOperation,
    total: () => Object.values(byOperation).reduce((sum, n) => sum + n, 0),
    reset: () => {
      for (const key of Object.keys(byOperation)) delete byOperation[key];
    },
  };
}
