// A fixed delay before every DynamoDB call a client makes, as if DynamoDB were
// that far away: with it, a request's latency grows by the delay once per
// round trip on its critical path (row P7). Added at the initialize step, so a
// call is delayed once, whatever the SDK's retries.
import { setTimeout as sleep } from "node:timers/promises";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface InjectedDelay {
  /** Milliseconds each call waits from now on; 0 for none. */
  ms: number;
}

export function injectDelay(client: DynamoDBDocumentClient): InjectedDelay {
  const delay: InjectedDelay = { ms: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      if (delay.ms > 0) await sleep(delay.ms);
      return next(args);
    },
    { step: "initialize", name: "benchDelay" },
  );
  return delay;
}
