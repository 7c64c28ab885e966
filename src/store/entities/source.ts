// Sources: keyed and listed by slug.
import type { Source } from "../../domain/records.ts";
import { BY_TYPE, type Item, type QueryRequest, byTypeQuery, entityItem } from "./layout.ts";

export const sourceKey = (slug: string) => `SOURCE#${slug}`;

export function sourceItems(s: Source): Item[] {
  return [entityItem("Source", s, { pk: sourceKey(s.slug), [BY_TYPE.pk]: "SOURCE", [BY_TYPE.sk]: s.slug })];
}

export const sourcesBySlug = (): QueryRequest => byTypeQuery("SOURCE");
