// BatchGetItem and BatchWriteItem over any number of keys: chunked to
// DynamoDB's limits, with unprocessed keys and items retried with backoff
// (DynamoDB returns them under throttling instead of failing the request).
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { setTimeout as sleep } from "node:timers/promises";

const GET_CHUNK = 100;
const WRITE_CHUNK = 25;
const MAX_ROUNDS = 8;

type Key = { pk: string; sk: string };
export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Key } };

export class UnprocessedError extends Error {
  constructor(what: string, count: number) {
    super(`${count} ${what} stayed unprocessed after ${MAX_ROUNDS} attempts`);
    this.name = "UnprocessedError";
  }
}

const backoff = (round: number) => sleep(Math.min(1000, 25 * 2 ** round) * (0.5 + Math.random() / 2));

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Items for the given keys, in any order; missing keys are simply absent. */
export async function batchGet(doc: DynamoDBDocumentClient, table: string, keys: Key[]): Promise<Record<string, unknown>[]> {
  const results = await Promise.all(
    chunks(keys, GET_CHUNK).map(async (chunk) => {
      const found: Record<string, unknown>[] = [];
      let pending: Key[] = chunk;
      for (let round = 0; pending.length > 0; round++) {
        if (round === MAX_ROUNDS) throw new UnprocessedError("keys", pending.length);
        if (round > 0) await backoff(round);
        const out = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
        found.push(...(out.Responses?.[table] ?? []));
        pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
      }
      return found;
    }),
  );
  return results.flat();
}

/** Applies puts and deletes; resolves when DynamoDB has processed every one. */
export async function batchWrite(doc: DynamoDBDocumentClient, table: string, requests: WriteRequest[]): Promise<void> {
  for (const chunk of chunks(requests, WRITE_CHUNK)) {
    let pending = chunk;
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new UnprocessedError("writes", pending.length);
      if (round > 0) await backoff(round);
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as WriteRequest[];
    }
  }
}
