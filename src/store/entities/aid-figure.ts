// Aid figures: keyed by slug, listed by country (regional last), kind and
// year from the by-type index, and per country (or the region) from copies in
// its partition, ordered by kind then year.
import type { AidFigure, AidKind } from "../../domain/records.ts";
import type { AidFigureFilter } from "../knowledge-store.ts";
import { countryKey } from "./country.ts";
import { BY_TYPE, type Item, type QueryRequest, TABLE_KEY, entityItem, pad } from "./layout.ts";

/** The region's partition: copies of the figures for Central Asia as a whole. */
export const REGION_PK = "REGION";

export const aidFigureKey = (slug: string) => `AID#${slug}`;

/** Sort key of a figure within a partition: kind, year, slug. */
export const aidOrder = (a: AidFigure) => `${a.kind}#${pad(a.asOfYear, 4)}#${a.slug}`;

/** The original, and a copy in its country's partition (or the region's). */
export function aidFigureItems(a: AidFigure): Item[] {
  const order = aidOrder(a);
  const filterable = { kind: a.kind, asOfYear: a.asOfYear, regional: a.country === null };
  return [
    entityItem("AidFigure", a, {
      pk: aidFigureKey(a.slug),
      [BY_TYPE.pk]: "AIDFIGURE",
      // Regional figures sort last under "~REGION", so "not regional" is a key range.
      [BY_TYPE.sk]: `${a.country ?? "~REGION"}#${order}`,
      ...filterable,
    }),
    entityItem("AidFigure", a, { pk: a.country ? countryKey(a.country) : REGION_PK, sk: `AID#${order}`, ...filterable }),
  ];
}

/** A country's figures (or the region's, for code null), by kind then year. */
export function aidFiguresOfQuery(code: string | null, kind?: AidKind | null): QueryRequest {
  return {
    KeyConditionExpression: `${TABLE_KEY.pk} = :pk AND begins_with(${TABLE_KEY.sk}, :prefix)`,
    ExpressionAttributeValues: { ":pk": code ? countryKey(code) : REGION_PK, ":prefix": kind ? `AID#${kind}#` : "AID#" },
  };
}

/** Figures narrowed by the filter; null when it can match none (a country's regional figures). */
export function aidFiguresQuery(filter: AidFigureFilter): QueryRequest | null {
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  if (filter.year != null) {
    filters.push("asOfYear = :year");
    values[":year"] = filter.year;
  }
  let query: QueryRequest;
  if (filter.countryCode || filter.regional === true) {
    if (filter.countryCode && filter.regional === true) return null;
    const partition = aidFiguresOfQuery(filter.countryCode ?? null, filter.kind);
    query = { ...partition, ExpressionAttributeValues: { ...partition.ExpressionAttributeValues, ...values } };
  } else {
    if (filter.kind) {
      filters.push("kind = :kind");
      values[":kind"] = filter.kind;
    }
    query =
      filter.regional === false
        ? { IndexName: BY_TYPE.name, KeyConditionExpression: `${BY_TYPE.pk} = :pk AND ${BY_TYPE.sk} < :region`, ExpressionAttributeValues: { ":pk": "AIDFIGURE", ":region": "~", ...values } }
        : { IndexName: BY_TYPE.name, KeyConditionExpression: `${BY_TYPE.pk} = :pk`, ExpressionAttributeValues: { ":pk": "AIDFIGURE", ...values } };
  }
  if (filters.length > 0) query.FilterExpression = filters.join(" AND ");
  return query;
}
