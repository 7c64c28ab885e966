// Runs an access pattern's Query: a whole list, or one page of it with
// cursors. The patterns themselves are built in entities/.
import { QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type CursorKey, type CursorScope, decodeCursor, encodeCursor } from "./cursor.ts";
import { keyAttributesOf } from "./entities/indexes.ts";
import { type QueryRequest, recordOf } from "./entities/layout.ts";
import { EMPTY_PAGE, type Page, type PageArgs, pageSize } from "./page.ts";

export interface QueryTarget {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** The key cursors are signed with. */
  cursorSecret: Buffer;
}

/** Every record the Query matches, following LastEvaluatedKey to the end. */
export async function readAll<T>({ doc, tableName }: Omit<QueryTarget, "cursorSecret">, query: QueryRequest): Promise<T[]> {
  const records: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...query, TableName: tableName, ExclusiveStartKey: start }));
    for (const item of out.Items ?? []) records.push(recordOf(item) as T);
    start = out.LastEvaluatedKey;
  } while (start);
  return records;
}

/**
 * How many records the Query matches, filters applied: the same key condition
 * with Select COUNT, so no item leaves DynamoDB. One request unless the
 * matched items exceed the 1 MB a Query reads at a time (the whole data set is
 * far below it).
 */
export async function countAll({ doc, tableName }: QueryTarget, query: QueryRequest): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...query, TableName: tableName, Select: "COUNT", ExclusiveStartKey: start }));
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * Reads until it holds one item more than the page or the list ends, so a
 * filtered page is never short while another page exists, and hasNextPage
 * is exact. Each cursor is the key of its own item, bound to `scopeValue`
 * (the list and filter) so that it cannot be replayed against another list.
 */
export async function readPage<T>({ doc, tableName, cursorSecret }: QueryTarget, query: QueryRequest, args: PageArgs, scopeValue: unknown): Promise<Page<T>> {
  const first = pageSize(args.first);
  const keyNames = keyAttributesOf(query.IndexName);
  const scope: CursorScope = { secret: cursorSecret, list: scopeValue, keyNames, partition: partitionOf(query) };
  let start: Record<string, unknown> | undefined = args.after ? decodeCursor(args.after, scope) : undefined;
  if (first === 0) return EMPTY_PAGE;
  const items: Record<string, unknown>[] = [];
  do {
    const out = await doc.send(
      new QueryCommand({
        ...query,
        TableName: tableName,
        ExclusiveStartKey: start,
        // Unfiltered reads stop at the page; filtered ones read on to fill it.
        ...(query.FilterExpression ? {} : { Limit: first + 1 - items.length }),
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length <= first);
  const edges = items.slice(0, first).map((item) => ({
    node: recordOf(item) as T,
    cursor: encodeCursor(Object.fromEntries(keyNames.map((n) => [n, item[n] as string])) as CursorKey, scope),
  }));
  return { edges, hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null };
}

/** The partition a Query reads, from its key condition ("pk = :pk AND …"). */
function partitionOf(query: QueryRequest): CursorScope["partition"] {
  const match = /^\s*([A-Za-z0-9_]+)\s*=\s*(:[A-Za-z0-9_]+)/.exec(query.KeyConditionExpression ?? "");
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[1], value: query.ExpressionAttributeValues?.[match[2]] };
}
