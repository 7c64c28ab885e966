// The read side of the knowledge base on DynamoDB: one method per access
// pattern in table.ts. Resolvers and the briefing renderer ask this store (or
// the loaders built on it); nothing else builds DynamoDB requests.
import { GetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { AidFigure, AidKind, Country, InitiativeKind, Initiative, Period, Source } from "../domain/records.ts";
import { badInput } from "../domain/errors.ts";
import { batchGet } from "./batch.ts";
import { type CursorKey, decodeCursor, encodeCursor, scopeOf } from "./cursor.ts";
import { DataVersionClock } from "./data-version-clock.ts";
import { type ReferenceTables, wholeReferenceTables } from "./reference-tables.ts";
import {
  type EntityMap,
  type EntityType,
  GSI1,
  GSI2,
  META_KEY,
  REGION_PK,
  keyOf,
  recordOf,
  searchText,
  yearRange,
} from "./table.ts";

export const PAGE_SIZE = { default: 20, max: 100 } as const;
export const MAX_TEXT_FILTER = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface InitiativeFilter {
  /** Alpha-2, upper case (callers resolve alpha-3 first). */
  countryCode?: string | null;
  periodOrdinal?: number | null;
  kind?: InitiativeKind | null;
  fromYear?: number | null;
  toYear?: number | null;
  text?: string | null;
}

export interface AidFigureFilter {
  countryCode?: string | null;
  kind?: AidKind | null;
  year?: number | null;
  regional?: boolean | null;
}

type Query = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey" | "Limit">;

export interface KnowledgeStoreOptions {
  /**
   * How stale the data version may be (milliseconds). Given, readers may cache
   * answers per data version, and a re-seed shows within this bound; absent,
   * nothing is cached and every answer is read afresh.
   */
  dataVersionMaxAgeMs?: number;
}

export class KnowledgeStore {
  /** The data version answers may be cached under; absent when the store was opened without a bound. */
  readonly dataVersions: DataVersionClock | undefined;

  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
    options: KnowledgeStoreOptions = {},
  ) {
    const maxAgeMs = options.dataVersionMaxAgeMs;
    this.dataVersions = maxAgeMs === undefined ? undefined : new DataVersionClock({ read: () => this.dataVersion(), maxAgeMs });
  }

  /** Records for the given keys, in the same order; null where none exists. */
  async getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]> {
    const ids = keys.map((k) => keyOf[type](String(k)));
    const unique = [...new Set(ids)];
    const items = unique.length === 0 ? [] : await batchGet(this.doc, this.tableName, unique.map((pk) => ({ pk, sk: pk })));
    const byKey = new Map(items.filter((i) => i.type === type).map((i) => [i.pk as string, recordOf<T>(i)]));
    return ids.map((id) => byKey.get(id) ?? null);
  }

  /** Periods and sources for one request: each table read whole, once (see reference-tables.ts). */
  referenceTables(): ReferenceTables {
    return wholeReferenceTables(this);
  }

  listCountries(): Promise<Country[]> {
    return this.all<Country>({ IndexName: GSI1.name, KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": "COUNTRY" } });
  }

  listPeriods(): Promise<Period[]> {
    return this.all<Period>({ IndexName: GSI1.name, KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": "PERIOD" } });
  }

  listSources(): Promise<Source[]> {
    return this.all<Source>({ IndexName: GSI1.name, KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": "SOURCE" } });
  }

  /** A country's aid figures (or the region's, for code null), ordered by kind then year. */
  aidFiguresOf(code: string | null, kind?: AidKind | null): Promise<AidFigure[]> {
    return this.all<AidFigure>({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": code ? keyOf.Country(code) : REGION_PK, ":prefix": kind ? `AID#${kind}#` : "AID#" },
    });
  }

  /** Initiatives chronologically, narrowed by the filter, a page at a time. */
  initiatives(filter: InitiativeFilter, page: PageArgs): Promise<Page<Initiative>> {
    const { low, high } = yearRange(filter.fromYear ?? undefined, filter.toYear ?? undefined);
    const filters: string[] = [];
    const values: Record<string, unknown> = {};
    if (filter.kind) {
      filters.push("kind = :kind");
      values[":kind"] = filter.kind;
    }
    if (filter.text != null) {
      const text = searchText(filter.text.trim());
      if (filter.text.length > MAX_TEXT_FILTER) throw badInput(`filter.text is longer than ${MAX_TEXT_FILTER} characters`);
      if (text.length > 0) {
        filters.push("contains(#search, :text)");
        values[":text"] = text;
      }
    }
    let query: Query;
    if (filter.countryCode) {
      if (filter.periodOrdinal != null) {
        filters.push("period = :period");
        values[":period"] = filter.periodOrdinal;
      }
      query = {
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
        ExpressionAttributeValues: { ":pk": keyOf.Country(filter.countryCode), ":low": `INITIATIVE#${low}`, ":high": `INITIATIVE#${high}`, ...values },
      };
    } else if (filter.periodOrdinal != null) {
      query = {
        IndexName: GSI2.name,
        KeyConditionExpression: "gsi2pk = :pk AND gsi2sk BETWEEN :low AND :high",
        ExpressionAttributeValues: { ":pk": keyOf.Period(filter.periodOrdinal), ":low": low, ":high": high, ...values },
      };
    } else {
      query = {
        IndexName: GSI1.name,
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :low AND :high",
        ExpressionAttributeValues: { ":pk": "INITIATIVE", ":low": low, ":high": high, ...values },
      };
    }
    if (filters.length > 0) query.FilterExpression = filters.join(" AND ");
    if (filter.text != null && values[":text"] !== undefined) query.ExpressionAttributeNames = { "#search": "search" };
    return this.page<Initiative>(query, page, { list: "initiatives", filter });
  }

  /** Aid figures by country (regional last), kind and year, narrowed by the filter. */
  aidFigures(filter: AidFigureFilter, page: PageArgs): Promise<Page<AidFigure>> {
    const scope = { list: "aidFigures", filter };
    const filters: string[] = [];
    const values: Record<string, unknown> = {};
    if (filter.year != null) {
      filters.push("asOfYear = :year");
      values[":year"] = filter.year;
    }
    let query: Query;
    if (filter.countryCode || filter.regional === true) {
      if (filter.countryCode && filter.regional === true) return Promise.resolve(emptyPage());
      query = {
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: {
          ":pk": filter.countryCode ? keyOf.Country(filter.countryCode) : REGION_PK,
          ":prefix": filter.kind ? `AID#${filter.kind}#` : "AID#",
          ...values,
        },
      };
    } else {
      if (filter.kind) {
        filters.push("kind = :kind");
        values[":kind"] = filter.kind;
      }
      // Regional figures sort last under "~REGION", so "not regional" is a key range.
      query =
        filter.regional === false
          ? { IndexName: GSI1.name, KeyConditionExpression: "gsi1pk = :pk AND gsi1sk < :region", ExpressionAttributeValues: { ":pk": "AIDFIGURE", ":region": "~", ...values } }
          : { IndexName: GSI1.name, KeyConditionExpression: "gsi1pk = :pk", ExpressionAttributeValues: { ":pk": "AIDFIGURE", ...values } };
    }
    if (filters.length > 0) query.FilterExpression = filters.join(" AND ");
    return this.page<AidFigure>(query, page, scope);
  }

  /** The version of the loaded data set, or null before the first load. */
  async dataVersion(): Promise<string | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: META_KEY }));
    return (out.Item?.version as string | undefined) ?? null;
  }

  private async all<T>(query: Query): Promise<T[]> {
    const records: T[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(new QueryCommand({ ...query, TableName: this.tableName, ExclusiveStartKey: start }));
      for (const item of out.Items ?? []) records.push(recordOf(item) as T);
      start = out.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /**
   * Reads until it holds one item more than the page or the list ends, so a
   * filtered page is never short while another page exists, and hasNextPage
   * is exact. Each cursor is the key of its own item.
   */
  private async page<T>(query: Query, args: PageArgs, scopeValue: unknown): Promise<Page<T>> {
    const first = pageSize(args.first);
    const scope = scopeOf(scopeValue);
    const keyNames = ["pk", "sk", ...(query.IndexName === GSI1.name ? [GSI1.pk, GSI1.sk] : query.IndexName === GSI2.name ? [GSI2.pk, GSI2.sk] : [])];
    let start: Record<string, unknown> | undefined = args.after ? decodeCursor(args.after, scope) : undefined;
    if (start && !keyNames.every((name) => typeof start?.[name] === "string")) throw badInput("`after` is not a cursor of this list");
    if (first === 0) return emptyPage();
    const items: Record<string, unknown>[] = [];
    do {
      const out = await this.doc.send(
        new QueryCommand({
          ...query,
          TableName: this.tableName,
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
}

function pageSize(first: number | null | undefined): number {
  if (first == null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0) throw badInput("`first` must be a non-negative integer");
  if (first > PAGE_SIZE.max) throw badInput(`\`first\` must be at most ${PAGE_SIZE.max}`);
  return first;
}

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, endCursor: null });
