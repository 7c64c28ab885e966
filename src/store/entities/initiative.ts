// Initiatives: keyed by slug, listed chronologically (year, month, slug) from
// the by-type index, by period from their own index, and by country from
// copies in each country's partition. Filters narrow any of the three.
import type { Initiative } from "../../domain/records.ts";
import { badInput } from "../../domain/errors.ts";
import type { InitiativeFilter } from "../knowledge-store.ts";
import { countryKey } from "./country.ts";
import { BY_TYPE, type IndexLayout, type Item, type QueryRequest, TABLE_KEY, entityItem, pad } from "./layout.ts";
import { periodKey } from "./period.ts";
import { searchText } from "./search-text.ts";

export const MAX_TEXT_FILTER = 100;

/** gsi2: a period's initiatives, chronologically. */
export const BY_PERIOD = { name: "gsi2", pk: "gsi2pk", sk: "gsi2sk" } as const satisfies IndexLayout;
/** The indexes only initiatives use; the table declares them with the shared ones (indexes.ts). */
export const INITIATIVE_INDEXES: readonly IndexLayout[] = [BY_PERIOD];

export const initiativeKey = (slug: string) => `INITIATIVE#${slug}`;

/** Chronological sort key of an initiative: year, month (00 when unknown), slug. */
export const initiativeOrder = (i: Initiative) => `${pad(i.year, 4)}#${pad(i.month ?? 0, 2)}#${i.slug}`;

/** Bounds of a start-year range on an initiative sort key (inclusive). */
export const yearRange = (from?: number, to?: number) => ({ low: pad(from ?? 0, 4), high: `${pad(to ?? 9999, 4)}~` });

/** The original, and a copy in the partition of each country it concerns. */
export function initiativeItems(i: Initiative): Item[] {
  const order = initiativeOrder(i);
  const filterable = { kind: i.kind, period: i.period, search: searchText(i.name, i.summary) };
  return [
    entityItem("Initiative", i, {
      pk: initiativeKey(i.slug),
      [BY_TYPE.pk]: "INITIATIVE",
      [BY_TYPE.sk]: order,
      [BY_PERIOD.pk]: periodKey(i.period),
      [BY_PERIOD.sk]: order,
      ...filterable,
    }),
    ...i.countries.map((code) => entityItem("Initiative", i, { pk: countryKey(code), sk: `INITIATIVE#${order}`, ...filterable })),
  ];
}

/** Initiatives chronologically: from a country's partition, a period's index, or all of them. */
export function initiativesQuery(filter: InitiativeFilter): QueryRequest {
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
  const names: Record<string, string> = {};
  if (filter.actor) {
    // Records that name no actor are Japan's alone.
    filters.push(filter.actor === "JAPAN" ? "(attribute_not_exists(#data.#actors) OR contains(#data.#actors, :actor))" : "contains(#data.#actors, :actor)");
    Object.assign(names, { "#data": "data", "#actors": "actors" });
    values[":actor"] = filter.actor;
  }
  if (filter.topic) {
    filters.push("contains(#data.#topics, :topic)");
    Object.assign(names, { "#data": "data", "#topics": "topics" });
    values[":topic"] = filter.topic;
  }
  let query: QueryRequest;
  if (filter.countryCode) {
    if (filter.periodOrdinal != null) {
      filters.push("period = :period");
      values[":period"] = filter.periodOrdinal;
    }
    query = {
      KeyConditionExpression: `${TABLE_KEY.pk} = :pk AND ${TABLE_KEY.sk} BETWEEN :low AND :high`,
      ExpressionAttributeValues: { ":pk": countryKey(filter.countryCode), ":low": `INITIATIVE#${low}`, ":high": `INITIATIVE#${high}`, ...values },
    };
  } else if (filter.periodOrdinal != null) {
    query = {
      IndexName: BY_PERIOD.name,
      KeyConditionExpression: `${BY_PERIOD.pk} = :pk AND ${BY_PERIOD.sk} BETWEEN :low AND :high`,
      ExpressionAttributeValues: { ":pk": periodKey(filter.periodOrdinal), ":low": low, ":high": high, ...values },
    };
  } else {
    query = {
      IndexName: BY_TYPE.name,
      KeyConditionExpression: `${BY_TYPE.pk} = :pk AND ${BY_TYPE.sk} BETWEEN :low AND :high`,
      ExpressionAttributeValues: { ":pk": "INITIATIVE", ":low": low, ":high": high, ...values },
    };
  }
  if (filters.length > 0) query.FilterExpression = filters.join(" AND ");
  if (values[":text"] !== undefined) names["#search"] = "search";
  if (Object.keys(names).length > 0) query.ExpressionAttributeNames = names;
  return query;
}
