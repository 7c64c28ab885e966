// Countries: keyed by either ISO code, listed by name from the by-type index.
import type { Country } from "../../domain/records.ts";
import { BY_TYPE, type Item, type QueryRequest, byTypeQuery, entityItem } from "./layout.ts";
import { searchText } from "./search-text.ts";

/** A country's partition: its item, and copies of its initiatives and aid figures. */
export const countryKey = (code: string) => `COUNTRY#${code}`;

export function countryItems(c: Country): Item[] {
  return [
    entityItem("Country", c, { pk: countryKey(c.code), [BY_TYPE.pk]: "COUNTRY", [BY_TYPE.sk]: searchText(c.name) }),
    // The alpha-3 alias makes a lookup by either code one GetItem.
    entityItem("Country", c, { pk: countryKey(c.iso3) }),
  ];
}

export const countriesByName = (): QueryRequest => byTypeQuery("COUNTRY");
