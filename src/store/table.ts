// The single-table layout: key builders, item mapping both ways, and the
// access patterns each request path uses. Every request is a GetItem,
// BatchGetItem or Query on a key or index below; none is a Scan.
//
// | access pattern                         | request      | key condition                                        | index |
// |----------------------------------------|--------------|------------------------------------------------------|-------|
// | country (alpha-2 or alpha-3), initiative, aid figure by key | BatchGetItem | pk = sk = TYPE#key          | table |
// | countries by name                      | Query        | gsi1pk = COUNTRY                                     | GSI1  |
// | periods chronologically; period by key | Query        | gsi1pk = PERIOD (read whole, once per request)       | GSI1  |
// | sources by slug; source by key         | Query        | gsi1pk = SOURCE (read whole, once per request)       | GSI1  |
// | initiatives chronologically [years]    | Query        | gsi1pk = INITIATIVE [, gsi1sk BETWEEN y1 AND y2~]    | GSI1  |
// | initiatives of a period [years]        | Query        | gsi2pk = PERIOD#nn [, gsi2sk BETWEEN ...]            | GSI2  |
// | initiatives of a country [years]       | Query        | pk = COUNTRY#cc, sk BETWEEN INITIATIVE#y1 AND ...~   | table |
// | aid figures by country, kind, year     | Query        | gsi1pk = AIDFIGURE                                   | GSI1  |
// | aid figures of a country [kind]        | Query        | pk = COUNTRY#cc, sk begins_with AID#[kind#]          | table |
// | regional aid figures [kind]            | Query        | pk = REGION, sk begins_with AID#[kind#]              | table |
// | data version                           | GetItem      | pk = sk = META                                       | table |
//
// Initiatives and aid figures are copied into each country's partition (and
// regional figures into REGION) so that a country's lists are one Query each;
// the copies are written and removed by the seed loader with the originals.
import type { AidFigure, Country, Dataset, Initiative, Period, Source } from "../domain/records.ts";
import { RECORD_SCHEMA_VERSION } from "../domain/schema-version.ts";

export const KEY = { pk: "pk", sk: "sk" } as const;
export const GSI1 = { name: "gsi1", pk: "gsi1pk", sk: "gsi1sk" } as const;
export const GSI2 = { name: "gsi2", pk: "gsi2pk", sk: "gsi2sk" } as const;

export type EntityType = "Country" | "Period" | "Initiative" | "AidFigure" | "Source";

export interface EntityMap {
  Country: Country;
  Period: Period;
  Initiative: Initiative;
  AidFigure: AidFigure;
  Source: Source;
}

export type Item = Record<string, unknown> & { pk: string; sk: string };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const keyOf = {
  Country: (code: string) => `COUNTRY#${code}`,
  Period: (ordinal: number | string) => `PERIOD#${pad(Number(ordinal), 2)}`,
  Initiative: (slug: string) => `INITIATIVE#${slug}`,
  AidFigure: (slug: string) => `AID#${slug}`,
  Source: (slug: string) => `SOURCE#${slug}`,
} satisfies Record<EntityType, (key: string) => string>;

export const META_KEY = { pk: "META", sk: "META" } as const;
export const REGION_PK = "REGION";

/** Chronological sort key of an initiative: year, month (00 when unknown), slug. */
export const initiativeOrder = (i: Initiative) => `${pad(i.year, 4)}#${pad(i.month ?? 0, 2)}#${i.slug}`;
/** Bounds of a start-year range on an initiative sort key (inclusive). */
export const yearRange = (from?: number, to?: number) => ({
  low: pad(from ?? 0, 4),
  high: `${pad(to ?? 9999, 4)}~`,
});
export const aidOrder = (a: AidFigure) => `${a.kind}#${pad(a.asOfYear, 4)}#${a.slug}`;

/** Lower-cased text without diacritics, so that "ogutcu" finds "Öğütcü". */
export const searchText = (...parts: string[]) =>
  parts.join(" ").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ı/g, "i");

function entity<T extends EntityType>(type: T, data: EntityMap[T], keys: Omit<Item, "pk" | "sk"> & { pk: string; sk?: string }): Item {
  return { sk: keys.pk, ...keys, type, v: RECORD_SCHEMA_VERSION, data } as Item;
}

/** Every item the data set is stored as, originals and per-country copies. */
export function itemsFor(data: Dataset, version: string): Item[] {
  const items: Item[] = [];
  for (const c of data.countries) {
    items.push(entity("Country", c, { pk: keyOf.Country(c.code), gsi1pk: "COUNTRY", gsi1sk: searchText(c.name) }));
    // The alpha-3 alias makes a lookup by either code one GetItem.
    items.push(entity("Country", c, { pk: keyOf.Country(c.iso3) }));
  }
  for (const p of data.periods) {
    items.push(entity("Period", p, { pk: keyOf.Period(p.ordinal), gsi1pk: "PERIOD", gsi1sk: pad(p.ordinal, 2) }));
  }
  for (const s of data.sources) {
    items.push(entity("Source", s, { pk: keyOf.Source(s.slug), gsi1pk: "SOURCE", gsi1sk: s.slug }));
  }
  for (const i of data.initiatives) {
    const order = initiativeOrder(i);
    const filterable = { kind: i.kind, period: i.period, search: searchText(i.name, i.summary) };
    items.push(
      entity("Initiative", i, {
        pk: keyOf.Initiative(i.slug),
        gsi1pk: "INITIATIVE",
        gsi1sk: order,
        gsi2pk: keyOf.Period(i.period),
        gsi2sk: order,
        ...filterable,
      }),
    );
    for (const code of i.countries) {
      items.push(entity("Initiative", i, { pk: keyOf.Country(code), sk: `INITIATIVE#${order}`, ...filterable }));
    }
  }
  for (const a of data.aidFigures) {
    const order = aidOrder(a);
    const filterable = { kind: a.kind, asOfYear: a.asOfYear, regional: a.country === null };
    items.push(
      entity("AidFigure", a, {
        pk: keyOf.AidFigure(a.slug),
        gsi1pk: "AIDFIGURE",
        gsi1sk: `${a.country ?? "~REGION"}#${order}`,
        ...filterable,
      }),
    );
    items.push(entity("AidFigure", a, { pk: a.country ? keyOf.Country(a.country) : REGION_PK, sk: `AID#${order}`, ...filterable }));
  }
  items.push({ ...META_KEY, type: "Meta", v: RECORD_SCHEMA_VERSION, version });
  return items;
}

/** The record an entity item holds. */
export function recordOf<T extends EntityType>(item: Record<string, unknown>): EntityMap[T] {
  return item.data as EntityMap[T];
}
